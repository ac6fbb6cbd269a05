import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepBody } from '#core/schemas/plans';
import { useAddStep } from '../../api/plans';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { emptyStep, stepBodyOf } from './logic';
import { StepFields } from './StepFields';

/** Adds a step to one of the plan's goals. */
export function StepForm({ goalId, number, onDone }: { goalId: string; number: number; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const add = useAddStep();
  const form = useSchemaForm(stepBody, add.error);
  const [step, setStep] = useState(emptyStep);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = stepBodyOf(step, me.id);
    if (!form.check(body)) return;
    add.mutate({ goalId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={add.error} fieldNames={['title', 'dueOn', 'ownerUserId']} />
      <StepFields name="" number={number} step={step} onChange={setStep} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('plans.addStep')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
