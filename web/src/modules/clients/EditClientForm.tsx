import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { updateClientBody } from '#core/schemas/clients';
import { type Client, useUpdateClient } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { ClientFields } from './ClientFields';
import { type ClientValues, fieldsFromValues, incompleteAnswers, valuesFromClient } from './values';

const fieldNames = [
  'pseudonym',
  'birthYear',
  'ageBand',
  'ageMissing',
  'genderSelfDescribed',
  'genderMissing',
  'languages',
  'targetGroupIds',
  'assignedWorkerId',
  'safeContact',
  'status',
];

/** Edits a person's record (PATCH); the code is replaced separately ("replace code"). */
export function EditClientForm({ client, onDone }: { client: Client; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateClient(client.id);
  const form = useSchemaForm(updateClientBody, update.error);
  const [values, setValues] = useState<ClientValues>(() => valuesFromClient(client));
  const [extraErrors, setExtraErrors] = useState<Record<string, string>>({});
  // A new object only with new messages (see ui/useSchemaForm.ts).
  const validationErrors = useMemo(
    () => ({ ...form.validationErrors, ...extraErrors }),
    [form.validationErrors, extraErrors],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = Object.fromEntries(Object.entries(incompleteAnswers(values)).map(([f, key]) => [f, t(key)]));
    const body = { ...fieldsFromValues(values), status: values.status };
    const valid = form.check(body);
    setExtraErrors(errors);
    if (!valid || Object.keys(errors).length > 0) return;
    update.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={validationErrors}>
      <FormError error={update.error} fieldNames={fieldNames} />
      <TextField
        name="pseudonym"
        label={t('clients.pseudonym')}
        description={t('clients.pseudonymHint')}
        isRequired
        maxLength={limits.pseudonymMax}
        autoComplete="off"
        value={values.pseudonym}
        onChange={(pseudonym) => setValues((v) => ({ ...v, pseudonym }))}
      />
      <ClientFields value={values} onChange={setValues} showStatus />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
