import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePlacementBody } from '#core/schemas/housing';
import { type Placement, useUpdatePlacement } from '../../api/housing';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { type Stay, useDays } from './housingText';

/** Sets, moves or clears the day a stay is planned to end (it frees nothing: only ending does). */
export function PlannedEndForm({ stay, onDone }: { stay: Stay; onDone: (placement: Placement) => void }) {
  const { t } = useTranslation();
  const update = useUpdatePlacement();
  const form = useSchemaForm(updatePlacementBody, update.error);
  const days = useDays();
  const [plannedEndOn, setPlannedEndOn] = useState(stay.plannedEndOn ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { plannedEndOn: plannedEndOn || null };
    if (!form.check(body)) return;
    update.mutate({ placementId: stay.placementId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={['plannedEndOn']} />
      <p className="lead">
        <strong>{stay.pseudonym}</strong>
      </p>
      <p className="muted">
        {t('housing.stayIn', { unit: stay.unitLabel, period: days.period(stay.startOn, stay.plannedEndOn) })}
      </p>
      <TextField
        name="plannedEndOn"
        type="date"
        label={t('housing.plannedEndOn')}
        description={t('housing.plannedEndHint')}
        value={plannedEndOn}
        onChange={setPlannedEndOn}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
