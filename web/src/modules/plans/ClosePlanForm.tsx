import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closePlanBody } from '#core/schemas/plans';
import { useClosePlan } from '../../api/plans';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';

/** Closes the plan after a confirmation: it then takes no more work, and a new one may be agreed. */
export function ClosePlanForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useClosePlan();
  const form = useSchemaForm(closePlanBody, close.error);
  const [closedOn, setClosedOn] = useState(today);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { closedOn };
    if (!form.check(body)) return;
    close.mutate({ planId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={close.error} fieldNames={['closedOn']} />
      <p>{t('plans.closeQuestion')}</p>
      <TextField
        name="closedOn"
        type="date"
        label={t('plans.closedOn')}
        isRequired
        value={closedOn}
        onChange={setClosedOn}
      />
      <div className="btn-row">
        <Button type="submit" variant="danger" isPending={close.isPending}>
          {t('plans.closePlan')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
