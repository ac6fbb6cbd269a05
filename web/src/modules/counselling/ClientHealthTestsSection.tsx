import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canSeeTestResults } from '#core/permissions/disciplines';
import { type HealthTest, useClientHealthTests } from '../../api/healthTests';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { useCatalogueNames } from '../outreach/names';
import { RecordTestForm, UpdateTestForm } from './TestForm';

/**
 * The person's health tests, for counsellors. The result and linkage to care
 * reach only medical counsellors (the server sends them to nobody else), who
 * also record tests and results here; others see that a test was done, and when.
 */
export function ClientHealthTestsSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const medical = canSeeTestResults({ roles: me.roles, disciplines: me.disciplines });
  const tests = useClientHealthTests(clientId);
  const types = useCatalogueNames('test_type');
  const [recording, setRecording] = useState(false);
  const [updating, setUpdating] = useState<HealthTest | null>(null);
  return (
    <section className="panel stack" aria-labelledby="client-tests-title">
      <h2 id="client-tests-title">{t('counselling.healthTests')}</h2>
      {medical ? null : <p className="muted">{t('counselling.resultsHidden')}</p>}
      <QueryState query={tests}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('counselling.noHealthTests')}</p>
          ) : (
            <DataTable caption={t('counselling.healthTests')}>
              <thead>
                <tr>
                  <th scope="col">{t('counselling.testedOn')}</th>
                  <th scope="col">{t('counselling.testType')}</th>
                  <th scope="col">{t('counselling.method')}</th>
                  {medical ? (
                    <>
                      <th scope="col">{t('counselling.result')}</th>
                      <th scope="col">{t('counselling.linkage')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('counselling.actions')}</span>
                      </th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((test) => (
                  <tr key={test.id}>
                    <th scope="row">{formatDay(test.testedOn, i18n.language)}</th>
                    <td>{types.name(test.testTypeId)}</td>
                    <td>{t(`counselling.methods.${test.method}`)}</td>
                    {medical && test.medical ? (
                      <>
                        <td>{t(`counselling.results.${test.medical.result}`)}</td>
                        <td>{t(`counselling.linkages.${test.medical.linkage}`)}</td>
                        <td>
                          <Button
                            onPress={() => setUpdating(test)}
                            aria-label={t('counselling.updateTestOf', {
                              type: types.name(test.testTypeId),
                              day: formatDay(test.testedOn, i18n.language),
                            })}
                          >
                            {t('counselling.updateTest')}
                          </Button>
                        </td>
                      </>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
      {medical ? (
        <div className="btn-row">
          <Button onPress={() => setRecording(true)}>{t('counselling.recordTest')}</Button>
        </div>
      ) : null}
      <ModalDialog title={t('counselling.recordTest')} isOpen={recording} onOpenChange={setRecording}>
        <RecordTestForm clientId={clientId} onDone={() => setRecording(false)} />
      </ModalDialog>
      <ModalDialog
        title={t('counselling.updateTest')}
        isOpen={updating !== null}
        onOpenChange={(open) => (open ? undefined : setUpdating(null))}
      >
        {updating ? <UpdateTestForm test={updating} onDone={() => setUpdating(null)} /> : null}
      </ModalDialog>
    </section>
  );
}
