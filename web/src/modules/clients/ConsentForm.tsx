import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { type ConsentPurpose, consentMethods, consentPurposes, createConsentBody } from '#core/schemas/clients';
import { useCreateConsent } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from './labels';

type Method = (typeof consentMethods)[number];
const fieldNames = ['purpose', 'partnerName', 'givenOn', 'method', 'note'];

/** Records a consent the person gave: for what, when, how; sharing names the partner. */
export function ConsentForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateConsent(clientId);
  const form = useSchemaForm(createConsentBody, create.error);
  const [purpose, setPurpose] = useState<ConsentPurpose>('data_processing');
  const [partnerName, setPartnerName] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [method, setMethod] = useState<Method>('verbal');
  const [note, setNote] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      purpose,
      partnerName: purpose === 'sharing_with_partner' ? partnerName : null,
      givenOn,
      method,
      note,
    };
    if (!form.check(body)) return;
    create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={fieldNames} />
      <Select<ConsentPurpose>
        name="purpose"
        label={t('clients.consentPurpose')}
        options={consentPurposes.map((id) => ({ id, label: t(`clients.consentPurposes.${id}`) }))}
        value={purpose}
        onChange={setPurpose}
      />
      {purpose === 'sharing_with_partner' ? (
        <TextField
          name="partnerName"
          label={t('clients.partnerName')}
          isRequired
          maxLength={limits.shortTextMax}
          value={partnerName}
          onChange={setPartnerName}
        />
      ) : null}
      <div className="form-grid">
        <TextField
          name="givenOn"
          type="date"
          label={t('clients.givenOn')}
          isRequired
          value={givenOn}
          onChange={setGivenOn}
        />
        <Select<Method>
          name="method"
          label={t('clients.consentMethod')}
          options={consentMethods.map((id) => ({ id, label: t(`clients.consentMethods.${id}`) }))}
          value={method}
          onChange={setMethod}
        />
      </div>
      <TextField
        name="note"
        label={t('clients.consentNote')}
        description={t('clients.consentNoteHint')}
        maxLength={limits.shortTextMax}
        value={note}
        onChange={setNote}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('clients.addConsent')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
