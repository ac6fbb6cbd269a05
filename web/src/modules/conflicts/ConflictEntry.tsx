import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import type { ConflictSide, SyncConflict } from '../../api/conflicts';
import { useResolveConflict } from '../../api/conflicts';
import { useMe } from '../../api/session';
import { Button, TextLink } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { formatDateTime } from '../../ui/format';
import { useTargetGroupNames } from '../clients/ClientTable';

type Field = SyncConflict['field'];
type Value = SyncConflict['currentValue'];

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/** A field's value as people read it: target groups by name, a status in words. */
export function ConflictValue({ field, value }: { field: Field; value: Value }) {
  const { t } = useTranslation();
  const groupNames = useTargetGroupNames();
  if (field === 'targetGroupIds') {
    const ids = Array.isArray(value) ? value : [value];
    return <>{ids.length > 0 ? groupNames(ids) : t('clients.none')}</>;
  }
  if (field === 'status') return <>{t(`clients.statuses.${String(value)}`)}</>;
  return <>{String(value)}</>;
}

/** One side of a conflict: the value, who made the edit, when, and on which phone. */
function Side({ title, field, side }: { title: string; field: Field; side: ConflictSide }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="conflict-side">
      <h4>{title}</h4>
      <p className="conflict-value">
        <ConflictValue field={field} value={side.value} />
      </p>
      <dl className="session-facts">
        <dt>{t('conflicts.by')}</dt>
        <dd>{side.userName ?? t('conflicts.unknownUser')}</dd>
        <dt>{t('conflicts.at')}</dt>
        <dd>{formatDateTime(side.at, i18n.language)}</dd>
        <dt>{t('conflicts.device')}</dt>
        <dd>{side.deviceId ? (side.deviceName ?? t('conflicts.unknownDevice')) : t('conflicts.onlineEdit')}</dd>
      </dl>
    </div>
  );
}

/**
 * A conflict entry: whose person, which field, the edit on the record and the
 * one set aside, and (open, for coordinators) the two answers.
 */
export function ConflictEntry({
  conflict,
  canResolve,
  onResolved,
}: {
  conflict: SyncConflict;
  canResolve: boolean;
  onResolved: (resolved: SyncConflict) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const resolve = useResolveConflict();
  const field = t(`conflicts.fields.${conflict.field}`);
  const names = { name: conflict.pseudonym, field };
  const open = conflict.resolvedAt === null;
  const answer = (keep: 'current' | 'other') =>
    resolve.mutate({ id: conflict.id, keep }, { onSuccess: (resolved) => onResolved(resolved) });

  return (
    <li className="conflict">
      <h3 className="conflict-title">
        {can(me.roles, 'clients.read') ? (
          <TextLink href={`/clients/${conflict.clientId}`}>{conflict.pseudonym}</TextLink>
        ) : (
          conflict.pseudonym
        )}
        <span className="muted"> · {field}</span>
      </h3>
      {same(conflict.currentValue, conflict.winning.value) ? null : (
        <p>
          {t('conflicts.changedSince')} <ConflictValue field={conflict.field} value={conflict.currentValue} />
        </p>
      )}
      <div className="conflict-sides">
        <Side title={t('conflicts.winning')} field={conflict.field} side={conflict.winning} />
        <Side title={t('conflicts.losing')} field={conflict.field} side={conflict.losing} />
      </div>
      {open ? null : (
        <p className="muted">
          {t(conflict.resolution === 'took_other' ? 'conflicts.resolvedTookOther' : 'conflicts.resolvedKept', {
            name: conflict.resolvedByName ?? t('conflicts.unknownUser'),
            date: formatDateTime(conflict.resolvedAt, i18n.language),
          })}
        </p>
      )}
      <FormError error={resolve.error} />
      {open && canResolve ? (
        <div className="btn-row">
          <Button
            variant="primary"
            isPending={resolve.isPending && resolve.variables?.keep === 'current'}
            aria-label={t('conflicts.keepCurrentNamed', names)}
            onPress={() => answer('current')}
          >
            {t('conflicts.keepCurrent')}
          </Button>
          <Button
            isPending={resolve.isPending && resolve.variables?.keep === 'other'}
            aria-label={t('conflicts.takeOtherNamed', names)}
            onPress={() => answer('other')}
          >
            {t('conflicts.takeOther')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
