import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createAreaBody, updateAreaBody } from '#core/schemas/places';
import { useCreateArea, useUpdateArea } from '../../../api/places';
import type { Area } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';

/** Creates an outreach area, or edits one when `area` is given. */
export function AreaForm({ area, onDone }: { area?: Area; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateArea();
  const update = useUpdateArea();
  const mutation = area ? update : create;
  const form = useSchemaForm(area ? updateAreaBody : createAreaBody, mutation.error);
  const [name, setName] = useState(area?.name ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const [active, setActive] = useState(area?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim(), description, ...(area ? { active } : {}) };
    if (!form.check(body)) return;
    if (area) update.mutate({ areaId: area.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={['name', 'description', 'active']} />
      <TextField
        name="name"
        label={t('areas.name')}
        isRequired
        maxLength={limits.shortTextMax}
        value={name}
        onChange={setName}
      />
      <TextField
        name="description"
        label={t('areas.description')}
        multiline
        maxLength={2000}
        value={description}
        onChange={setDescription}
      />
      {area ? (
        <Checkbox name="active" isSelected={active} onChange={setActive}>
          {t('common.active')}
        </Checkbox>
      ) : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
