import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type endOutcomes, endPlacementBody } from '#core/schemas/housing';
import { type Placement, useEndPlacement } from '../../api/housing';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { notBefore } from './board';
import { type Stay, useDays } from './housingText';
import { useOutcomeOptions } from './outcomes';

type EndOutcome = (typeof endOutcomes)[number];

/** Ends a stay: the day the person left (the bed is free from that day) and how the stay ended. */
export function EndStayForm({ stay, onDone }: { stay: Stay; onDone: (ended: Placement) => void }) {
  const { t } = useTranslation();
  const end = useEndPlacement();
  const form = useSchemaForm(endPlacementBody, end.error);
  const days = useDays();
  const outcomes = useOutcomeOptions();
  const [endOn, setEndOn] = useState(() => notBefore(today(), stay.startOn));
  const [outcome, setOutcome] = useState<EndOutcome | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { endOn, outcome: outcome ?? '' };
    if (!form.check(body)) return;
    end.mutate(
      { placementId: stay.placementId, body: { endOn, outcome: outcome as EndOutcome } },
      { onSuccess: onDone },
    );
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={end.error} fieldNames={['endOn', 'outcome']} />
      <p className="lead">
        <strong>{stay.pseudonym}</strong>
      </p>
      <p className="muted">
        {t('housing.stayIn', { unit: stay.unitLabel, period: days.period(stay.startOn, stay.plannedEndOn) })}
      </p>
      <TextField
        name="endOn"
        type="date"
        label={t('housing.endOn')}
        description={t('housing.endOnHint')}
        isRequired
        value={endOn}
        onChange={setEndOn}
      />
      <Select
        name="outcome"
        label={t('housing.outcome')}
        isRequired
        options={outcomes}
        value={outcome}
        onChange={setOutcome}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={end.isPending}>
          {t('housing.endStay')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
