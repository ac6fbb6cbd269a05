import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreedHows, createPlanBody } from '#core/schemas/plans';
import { useCreatePlan } from '../../api/plans';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { GoalFields } from './GoalFields';
import { type AgreedHow, emptyGoal, type GoalState, planBodyOf } from './logic';

/** The paths that have an input on the form: their messages show beside them, the rest at the top. */
function fieldNamesOf(goals: readonly GoalState[]): string[] {
  return [
    'agreedOn',
    'agreedHow',
    ...goals.flatMap((g, i) => [
      `goals.${i}.domain`,
      `goals.${i}.description`,
      `goals.${i}.targetOn`,
      ...g.steps.flatMap((_, j) => [`goals.${i}.steps.${j}.title`, `goals.${i}.steps.${j}.dueOn`]),
    ]),
  ];
}

/**
 * Agrees a plan with the person: the day and how (in person, in the field, by
 * phone), and one or more goals with their steps. A plan someone else agreed
 * meanwhile comes back as a 409; the page then shows that plan.
 */
export function PlanForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const create = useCreatePlan(clientId);
  const form = useSchemaForm(createPlanBody, create.error);
  const [agreedOn, setAgreedOn] = useState(today);
  const [agreedHow, setAgreedHow] = useState<AgreedHow>('in_person');
  const [goals, setGoals] = useState<GoalState[]>(() => [emptyGoal()]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = planBodyOf({ agreedOn, agreedHow, goals }, me.id);
    if (!form.check(body)) return;
    create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={fieldNamesOf(goals)} />
      <div className="form-grid">
        <TextField
          name="agreedOn"
          type="date"
          label={t('plans.agreedOn')}
          isRequired
          value={agreedOn}
          onChange={setAgreedOn}
        />
        <Select<AgreedHow>
          name="agreedHow"
          label={t('plans.agreedHow')}
          isRequired
          options={agreedHows.map((h) => ({ id: h, label: t(`plans.howOptions.${h}`) }))}
          value={agreedHow}
          onChange={setAgreedHow}
        />
      </div>
      {goals.map((goal, i) => (
        <GoalFields
          key={goal.key}
          name={`goals.${i}`}
          number={i + 1}
          goal={goal}
          onChange={(g) => setGoals(goals.map((x, j) => (j === i ? g : x)))}
          onRemove={goals.length > 1 ? () => setGoals(goals.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <div className="btn-row">
        <Button onPress={() => setGoals([...goals, emptyGoal()])}>{t('plans.addGoalRow')}</Button>
      </div>
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('plans.agree')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
