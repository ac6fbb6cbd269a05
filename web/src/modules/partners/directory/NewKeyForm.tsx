import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createApiKeyBody } from '#core/schemas/api-keys';
import { useCreateDirectoryKey } from '../../../api/directoryKeys';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { KeyTokenView } from './KeyTokenView';

/** A new directory key: whose system holds it, then its token (shown once). */
export function NewKeyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateDirectoryKey();
  const form = useSchemaForm(createApiKeyBody, create.error);
  const [name, setName] = useState('');

  if (create.data) return <KeyTokenView created={create.data} onDone={onDone} />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim() };
    if (!form.check(body)) return;
    create.mutate(body);
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={['name']} />
      <TextField
        name="name"
        label={t('directoryKeys.name')}
        description={t('directoryKeys.nameHint')}
        isRequired
        maxLength={limits.nameMax}
        autoComplete="off"
        value={name}
        onChange={setName}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('directoryKeys.create')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
