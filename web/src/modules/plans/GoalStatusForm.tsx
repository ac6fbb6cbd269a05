import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, useUpdateGoal } from '../../api/plans';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import type { GoalStatus } from './logic';

/** Confirms a goal's new status; the server dates it today (and clears the day when it opens again). */
export function GoalStatusForm({
  goal,
  status,
  onDone,
}: {
  goal: Plan['goals'][number];
  status: GoalStatus;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateGoal();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ goalId: goal.id, body: { status } }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit}>
      <FormError error={update.error} />
      <p className="lead">
        {t(`plans.domains.${goal.domain}`)}: {goal.description}
      </p>
      <p>{t(`plans.moveQuestions.${status}`)}</p>
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t(`plans.moves.${status}`)}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
