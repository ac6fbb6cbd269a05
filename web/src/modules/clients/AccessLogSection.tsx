import { useTranslation } from 'react-i18next';
import { type ClientAccessEntry, useAccessLog } from '../../api/clients';
import { DataTable } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';

/**
 * The message key of an audit action. Reads say what was read: the identity
 * record, a contact card, or the person's name in a list of contacts.
 */
function actionKey(entry: ClientAccessEntry): string {
  if (entry.action === 'client.read' && entry.entityType === 'client_identity') return 'identity_opened';
  if (entry.action === 'client.read' && entry.entityType === 'contact') return 'contact_read';
  if (entry.action === 'client.read' && entry.entityType === 'contact_list') return 'contacts_listed';
  return entry.action.replaceAll('.', '_');
}

/** "Who opened this record": every read and change of the person's record, newest first. */
export function AccessLogSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const log = useAccessLog(clientId);
  return (
    <section className="panel stack">
      <h2 id="access-log-title">{t('clients.accessLog')}</h2>
      <p className="muted">{t('clients.accessLogIntro')}</p>
      <QueryState query={log}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('clients.accessLogEmpty')}</p>
          ) : (
            <DataTable caption={t('clients.accessLog')}>
              <thead>
                <tr>
                  <th scope="col">{t('clients.accessWhen')}</th>
                  <th scope="col">{t('clients.accessWho')}</th>
                  <th scope="col">{t('clients.accessWhat')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list is replaced whole
                  <tr key={`${entry.at}-${i}`}>
                    <td>{formatDateTime(entry.at, i18n.language)}</td>
                    <td>{entry.userName ?? t('clients.accessSystem')}</td>
                    <td>
                      {t(`clients.accessActions.${actionKey(entry)}`, { defaultValue: entry.action })}
                      {entry.flagged ? <span className="badge">{t('clients.accessFlagged')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}
