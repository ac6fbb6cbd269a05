import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalBody } from '#core/schemas/plans';
import { useAddGoal } from '../../api/plans';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { GoalFields } from './GoalFields';
import { emptyGoal, goalBodyOf } from './logic';

/** Adds a goal (with its steps) to the plan in work. */
export function GoalForm({ planId, number, onDone }: { planId: string; number: number; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const add = useAddGoal();
  const form = useSchemaForm(goalBody, add.error);
  const [goal, setGoal] = useState(emptyGoal);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = goalBodyOf(goal, me.id);
    if (!form.check(body)) return;
    add.mutate({ planId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={add.error} fieldNames={['domain', 'description', 'targetOn']} />
      <GoalFields name="" number={number} goal={goal} onChange={setGoal} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('plans.addGoal')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
