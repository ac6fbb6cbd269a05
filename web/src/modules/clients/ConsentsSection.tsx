import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withdrawConsentBody } from '#core/schemas/clients';
import { type Consent, useConsents, useWithdrawConsent } from '../../api/clients';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { ConsentForm } from './ConsentForm';
import { formatDay, today } from './labels';

function WithdrawForm({ clientId, consent, onDone }: { clientId: string; consent: Consent; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(clientId);
  const form = useSchemaForm(withdrawConsentBody, withdraw.error);
  const [withdrawnOn, setWithdrawnOn] = useState(today);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { withdrawnOn };
    if (!form.check(body)) return;
    withdraw.mutate({ consentId: consent.id, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={withdraw.error} fieldNames={['withdrawnOn']} />
      <p>{t('clients.withdrawIntro', { purpose: t(`clients.consentPurposes.${consent.purpose}`) })}</p>
      <TextField
        name="withdrawnOn"
        type="date"
        label={t('clients.withdrawnOn')}
        isRequired
        value={withdrawnOn}
        onChange={setWithdrawnOn}
      />
      <div className="btn-row">
        <Button type="submit" variant="danger" isPending={withdraw.isPending}>
          {t('clients.withdraw')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

/** Consents per purpose: given when and how, withdrawn when; roles that edit clients add and withdraw. */
export function ConsentsSection({ clientId, canUpdate }: { clientId: string; canUpdate: boolean }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(clientId);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);

  return (
    <section className="panel stack">
      <div className="section-header">
        <h2 id="consents-title">{t('clients.consents')}</h2>
        {canUpdate ? <Button onPress={() => setAdding(true)}>{t('clients.addConsent')}</Button> : null}
      </div>
      <QueryState query={consents}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('clients.noConsents')}</p>
          ) : (
            <DataTable caption={t('clients.consents')}>
              <thead>
                <tr>
                  <th scope="col">{t('clients.consentPurpose')}</th>
                  <th scope="col">{t('clients.givenOn')}</th>
                  <th scope="col">{t('clients.consentMethod')}</th>
                  <th scope="col">{t('clients.consentNote')}</th>
                  <th scope="col">{t('common.status')}</th>
                  {canUpdate ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((consent) => {
                  const purpose = t(`clients.consentPurposes.${consent.purpose}`);
                  return (
                    <tr key={consent.id}>
                      <th scope="row">
                        {purpose}
                        {consent.partnerName ? ` (${consent.partnerName})` : ''}
                      </th>
                      <td>{formatDay(consent.givenOn, i18n.language)}</td>
                      <td>{t(`clients.consentMethods.${consent.method}`)}</td>
                      <td>{consent.note}</td>
                      <td>
                        {consent.withdrawnOn ? (
                          <span className="badge badge-off">
                            {t('clients.withdrawnOnDate', { date: formatDay(consent.withdrawnOn, i18n.language) })}
                          </span>
                        ) : (
                          <span className="badge badge-on">{t('clients.consentInForce')}</span>
                        )}
                      </td>
                      {canUpdate ? (
                        <td>
                          {consent.withdrawnOn ? null : (
                            <Button
                              onPress={() => setWithdrawing(consent)}
                              aria-label={t('clients.withdrawNamed', { purpose })}
                            >
                              {t('clients.withdraw')}
                            </Button>
                          )}
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
      <ModalDialog title={t('clients.addConsent')} isOpen={adding} onOpenChange={setAdding}>
        {adding ? <ConsentForm clientId={clientId} onDone={() => setAdding(false)} /> : null}
      </ModalDialog>
      <ModalDialog
        title={t('clients.withdrawTitle')}
        role="alertdialog"
        isOpen={withdrawing !== null}
        onOpenChange={(open) => !open && setWithdrawing(null)}
      >
        {withdrawing ? (
          <WithdrawForm clientId={clientId} consent={withdrawing} onDone={() => setWithdrawing(null)} />
        ) : null}
      </ModalDialog>
    </section>
  );
}
