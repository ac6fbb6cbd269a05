import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createPartnerBody, updatePartnerBody } from '#core/schemas/partners';
import { type Partner, useCreatePartner, useUpdatePartner } from '../../api/partners';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { ContactsFields } from './ContactsFields';
import { type PartnerValues, partnerBody, partnerValues } from './values';

const fieldNames = ['name', 'alternateName', 'description', 'email', 'website', 'phone', 'cooperationProcedure'];
const contactFieldNames = ['name', 'title', 'email', 'phone'];

/** Adds a partner, or changes one when `partner` is given: who they are, how to reach them, how we work together. */
export function PartnerForm({ partner, onDone }: { partner?: Partner; onDone: (partner: Partner) => void }) {
  const { t } = useTranslation();
  const create = useCreatePartner();
  const update = useUpdatePartner();
  const mutation = partner ? update : create;
  const form = useSchemaForm(partner ? updatePartnerBody : createPartnerBody, mutation.error);
  const [values, setValues] = useState(() => partnerValues(partner));
  const set =
    <K extends keyof PartnerValues>(key: K) =>
    (value: PartnerValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = partnerBody(values);
    if (!form.check(body)) return;
    if (partner) update.mutate({ partnerId: partner.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError
        error={mutation.error}
        fieldNames={[
          ...fieldNames,
          ...values.contacts.flatMap((_, i) => contactFieldNames.map((f) => `contacts.${i}.${f}`)),
        ]}
      />
      <TextField
        name="name"
        label={t('partners.name')}
        isRequired
        maxLength={limits.nameMax}
        value={values.name}
        onChange={set('name')}
      />
      <TextField
        name="alternateName"
        label={t('partners.alternateName')}
        description={t('partners.alternateNameHint')}
        maxLength={limits.nameMax}
        value={values.alternateName}
        onChange={set('alternateName')}
      />
      <TextField
        name="description"
        label={t('partners.description')}
        multiline
        maxLength={limits.longTextMax}
        value={values.description}
        onChange={set('description')}
      />
      <div className="form-grid">
        <TextField name="phone" type="tel" label={t('partners.phone')} value={values.phone} onChange={set('phone')} />
        <TextField name="email" type="email" label={t('partners.email')} value={values.email} onChange={set('email')} />
      </div>
      <TextField
        name="website"
        type="url"
        label={t('partners.website')}
        description={t('partners.websiteHint')}
        value={values.website}
        onChange={set('website')}
      />
      <TextField
        name="cooperationProcedure"
        label={t('partners.procedure')}
        description={t('partners.procedureHint')}
        multiline
        maxLength={limits.longTextMax}
        value={values.cooperationProcedure}
        onChange={set('cooperationProcedure')}
      />
      <ContactsFields value={values.contacts} onChange={set('contacts')} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
