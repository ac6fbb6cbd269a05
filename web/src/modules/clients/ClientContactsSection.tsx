import { useTranslation } from 'react-i18next';
import { useContacts } from '../../api/contacts';
import { TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useMaterialsText } from '../shifts/ShiftContacts';

const shown = 10;

/** The person's most recent contacts in the user's scope (what was done; notes stay on the card). */
export function ClientContactsSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const contacts = useContacts({ clientId, pageSize: shown });
  const materialsText = useMaterialsText();
  return (
    <section className="panel stack" aria-labelledby="client-contacts-title">
      <h2 id="client-contacts-title">{t('contacts.recent')}</h2>
      <QueryState query={contacts}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('contacts.noneForPerson')}</p>
          ) : (
            <>
              <p className="muted">
                {result.total > shown
                  ? t('contacts.latestOf', { count: result.total, shown: String(shown) })
                  : t('contacts.count', { count: result.total })}
              </p>
              <DataTable caption={t('contacts.recent')}>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts.when')}</th>
                    <th scope="col">{t('contacts.card')}</th>
                    <th scope="col">{t('shifts.channel')}</th>
                    <th scope="col">{t('contacts.materials')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        {c.shiftId ? (
                          <TextLink href={`/shifts/${c.shiftId}`}>
                            {formatDateTime(c.occurredAt, i18n.language)}
                          </TextLink>
                        ) : (
                          formatDateTime(c.occurredAt, i18n.language)
                        )}
                      </th>
                      <td>{t(`contacts.kinds.${c.kind}`)}</td>
                      <td>{t(`shifts.channels.${c.channel}`)}</td>
                      <td>{materialsText(c.materials)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
