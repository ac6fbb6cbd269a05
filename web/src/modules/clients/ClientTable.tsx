import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../api/catalogues';
import type { ClientSummary } from '../../api/clients';
import { TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { catalogueLabel } from './labels';

/** Target-group ids → their labels in the UI language, for lists. */
export function useTargetGroupNames(): (ids: readonly string[]) => string {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue('target_group');
  const names = new Map((catalogue.data?.items ?? []).map((item) => [item.id, catalogueLabel(item, i18n.language)]));
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });
  return (ids) => list.format(ids.map((id) => names.get(id) ?? t('clients.unknownGroup')));
}

/** Status as text in a badge (never colour alone). */
export function StatusBadge({ status }: { status: ClientSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={status === 'active' ? 'badge badge-on' : 'badge badge-off'}>
      {t(`clients.statuses.${status}`)}
    </span>
  );
}

/** The kind of code a person has; the code itself is never shown (only temporary codes are). */
export function codeKindKey(kind: ClientSummary['codeKind']): string {
  return kind === 'full'
    ? 'clients.codeKinds.full'
    : kind === 'temporary'
      ? 'clients.codeKinds.temporary'
      : 'clients.codeKinds.none';
}

export interface ClientTableProps<T extends ClientSummary> {
  caption: string;
  items: readonly T[];
  /** Whether names link to the person's page (roles that may read clients). */
  canRead: boolean;
  /** Show why each person is in the results (search). */
  showMatch?: boolean;
  /** The assigned worker's name, for the list of everyone (look-ups do not carry it). */
  workerOf?: (item: T) => string;
}

/** People as a table: pseudonym, status, kind of code, target groups. */
export function ClientTable<T extends ClientSummary>({
  caption,
  items,
  canRead,
  showMatch,
  workerOf,
}: ClientTableProps<T>) {
  const { t } = useTranslation();
  const groupNames = useTargetGroupNames();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('clients.pseudonym')}</th>
          <th scope="col">{t('common.status')}</th>
          <th scope="col">{t('clients.code')}</th>
          <th scope="col">{t('clients.targetGroups')}</th>
          {workerOf ? <th scope="col">{t('clients.assignedWorker')}</th> : null}
          {showMatch ? <th scope="col">{t('clients.match')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <th scope="row">{canRead ? <TextLink href={`/clients/${c.id}`}>{c.pseudonym}</TextLink> : c.pseudonym}</th>
            <td>
              <StatusBadge status={c.status} />
            </td>
            <td>{t(codeKindKey(c.codeKind))}</td>
            <td>{c.targetGroupIds.length > 0 ? groupNames(c.targetGroupIds) : t('clients.none')}</td>
            {workerOf ? <td>{workerOf(c)}</td> : null}
            {showMatch ? (
              <td>
                {c.match === 'code'
                  ? t('clients.matchCode')
                  : c.match === 'pseudonym'
                    ? t('clients.matchPseudonym')
                    : ''}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
