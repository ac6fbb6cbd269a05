import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Enrollment, useEnrollments } from '../../api/enrollments';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { EditEpisodeForm } from './EnrollmentForms';
import { formatDay } from './labels';

/** A person's programme episodes: started by the first contact, closed with an exit date and reason. */
export function EnrollmentsSection({ clientId, canManage }: { clientId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const enrollments = useEnrollments(clientId);
  const [editing, setEditing] = useState<Enrollment | null>(null);
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : '');

  return (
    <section className="panel stack" aria-labelledby="enrollments-title">
      <h2 id="enrollments-title">{t('enrollments.title')}</h2>
      <QueryState query={enrollments}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('enrollments.none')}</p>
          ) : (
            <DataTable caption={t('enrollments.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('enrollments.programme')}</th>
                  <th scope="col">{t('enrollments.startOn')}</th>
                  <th scope="col">{t('enrollments.engagementOn')}</th>
                  <th scope="col">{t('enrollments.lastActivityOn')}</th>
                  <th scope="col">{t('enrollments.exit')}</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((e) => {
                  const programme = t(`enrollments.programmes.${e.programme}`);
                  return (
                    <tr key={e.id}>
                      <th scope="row">{programme}</th>
                      <td>{day(e.startOn)}</td>
                      <td>
                        {e.engagementOn ? (
                          day(e.engagementOn)
                        ) : (
                          <span className="missing">{t('enrollments.noEngagement')}</span>
                        )}
                      </td>
                      <td>{day(e.lastActivityOn)}</td>
                      <td>
                        {e.exitOn ? (
                          <>
                            {day(e.exitOn)}
                            {e.exitReason ? ` · ${t(`enrollments.exitReasons.${e.exitReason}`)}` : ''}
                          </>
                        ) : (
                          <span className="badge badge-on">{t('enrollments.open')}</span>
                        )}
                      </td>
                      {canManage ? (
                        <td>
                          <Button aria-label={t('enrollments.editNamed', { programme })} onPress={() => setEditing(e)}>
                            {t('common.edit')}
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
      <ModalDialog
        title={t('enrollments.editTitle')}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing ? <EditEpisodeForm enrollment={editing} onDone={() => setEditing(null)} /> : null}
      </ModalDialog>
    </section>
  );
}
