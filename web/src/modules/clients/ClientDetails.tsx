import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingReason } from '#core/schemas/clients';
import type { Client } from '../../api/clients';
import { useDirectoryUsers } from '../../api/directory';
import { formatDateTime } from '../../ui/format';
import { codeKindKey, StatusBadge, useTargetGroupNames } from './ClientTable';
import { formatDay, languageLabel } from './labels';

/** A reason an answer is missing, shown as such (not as an empty field). */
function Missing({ reason }: { reason: MissingReason }) {
  const { t } = useTranslation();
  return <span className="missing">{t(`clients.missingShown.${reason}`)}</span>;
}

function NotFilled() {
  const { t } = useTranslation();
  return <span className="missing">{t('clients.notFilled')}</span>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Everything the record holds, with missing-data reasons told apart from fields nobody filled in. */
export function ClientDetails({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const groupNames = useTargetGroupNames();
  const workers = useDirectoryUsers();
  const worker = workers.data?.items.find((u) => u.id === client.assignedWorkerId);
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });

  const age = client.ageMissing ? (
    <Missing reason={client.ageMissing} />
  ) : client.birthYear !== null || client.ageBand !== null ? (
    [
      client.birthYear !== null ? t('clients.bornIn', { year: String(client.birthYear) }) : null,
      client.ageBand !== null ? t(`clients.ageBands.${client.ageBand}`) : null,
    ]
      .filter(Boolean)
      .join(' · ')
  ) : (
    <NotFilled />
  );
  const gender = client.genderMissing ? (
    <Missing reason={client.genderMissing} />
  ) : client.gender === 'self_described' ? (
    client.genderSelfDescribed || t('clients.genderChoices.self_described')
  ) : client.gender ? (
    t(`clients.genderChoices.${client.gender}`)
  ) : (
    <NotFilled />
  );

  return (
    <dl className="facts">
      <Row label={t('clients.pseudonym')}>{client.pseudonym}</Row>
      <Row label={t('common.status')}>
        <StatusBadge status={client.status} />
      </Row>
      <Row label={t('clients.code')}>
        {t(codeKindKey(client.codeKind))}
        {client.codeKind === 'full' ? <span className="field-description"> · {t('clients.codeHashNote')}</span> : null}
        {client.temporaryCode ? (
          <>
            {' '}
            <strong className="mono">{client.temporaryCode}</strong>
          </>
        ) : null}
      </Row>
      <Row label={t('clients.age')}>{age}</Row>
      <Row label={t('clients.gender')}>{gender}</Row>
      <Row label={t('clients.languages')}>
        {client.languages.length > 0 ? (
          list.format(client.languages.map((l) => languageLabel(l, i18n.language, t)))
        ) : (
          <NotFilled />
        )}
      </Row>
      <Row label={t('clients.targetGroups')}>
        {client.targetGroupIds.length > 0 ? groupNames(client.targetGroupIds) : <NotFilled />}
      </Row>
      <Row label={t('clients.assignedWorker')}>
        {client.assignedWorkerId ? (worker?.displayName ?? t('clients.formerColleague')) : t('clients.nobodyAssigned')}
      </Row>
      <Row label={t('clients.firstContact')}>
        {client.firstContactOn ? formatDay(client.firstContactOn, i18n.language) : t('clients.noContactYet')}
      </Row>
      <Row label={t('clients.safeContact')}>{client.safeContact || <NotFilled />}</Row>
      <Row label={t('clients.identity')}>
        {client.hasIdentity ? t('clients.identityKept') : t('clients.identityNone')}
      </Row>
      <Row label={t('clients.createdAt')}>{formatDateTime(client.createdAt, i18n.language)}</Row>
      <Row label={t('clients.updatedAt')}>{formatDateTime(client.updatedAt, i18n.language)}</Row>
    </dl>
  );
}
