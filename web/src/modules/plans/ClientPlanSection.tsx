import { useTranslation } from 'react-i18next';
import { type Plan, useClientPlans, useTickStep } from '../../api/plans';
import { Checkbox } from '../../ui/CheckboxGroup';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import './plans.css';

type Goal = Plan['goals'][number];

function Step({ step, canWork }: { step: Goal['steps'][number]; canWork: boolean }) {
  const { t, i18n } = useTranslation();
  const tick = useTickStep();
  const owner = step.ownerName ?? t('plans.ownerPerson');
  const due = step.dueOn ? t('plans.dueOn', { day: formatDay(step.dueOn, i18n.language) }) : '';
  const label = [step.title, owner, due].filter(Boolean).join(' · ');
  return (
    <li className={step.doneOn ? 'plan-step plan-step-done' : 'plan-step'}>
      {canWork ? (
        <Checkbox
          isSelected={step.doneOn !== null}
          isDisabled={tick.isPending}
          onChange={(done) => tick.mutate({ stepId: step.id, done })}
        >
          {label}
        </Checkbox>
      ) : (
        <span>
          {label}
          {step.doneOn ? ` · ${t('plans.done')}` : ''}
        </span>
      )}
    </li>
  );
}

function GoalItem({ goal, canWork }: { goal: Goal; canWork: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="plan-goal">
      <h3>
        {t(`plans.domains.${goal.domain}`)}: {goal.description}
      </h3>
      <p className="muted">
        <span className={`badge plan-status-${goal.status}`}>{t(`plans.statuses.${goal.status}`)}</span>{' '}
        {goal.targetOn ? t('plans.target', { day: formatDay(goal.targetOn, i18n.language) }) : null}
        {goal.overdue ? <span className="badge badge-warn">{t('plans.overdue')}</span> : null}
      </p>
      {goal.steps.length > 0 ? (
        <ul className="plan-steps" aria-label={t('plans.stepsOf', { domain: t(`plans.domains.${goal.domain}`) })}>
          {goal.steps.map((s) => (
            <Step key={s.id} step={s} canWork={canWork && goal.status === 'open'} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The person's support plan in work (and how many earlier ones there were):
 * when and how it was agreed, its goals with their steps — which those who
 * work on plans tick off — and the latest review.
 */
export function ClientPlanSection({ clientId, canWork }: { clientId: string; canWork: boolean }) {
  const { t, i18n } = useTranslation();
  const plans = useClientPlans(clientId);
  return (
    <section className="panel stack" aria-labelledby="client-plan-title">
      <h2 id="client-plan-title">{t('plans.title')}</h2>
      <QueryState query={plans}>
        {({ items }) => {
          const plan = items.find((p) => p.status === 'active');
          const earlier = items.length - (plan ? 1 : 0);
          const review = plan?.reviews.at(-1);
          return (
            <>
              {plan ? (
                <>
                  <p>
                    {t('plans.agreed', {
                      day: formatDay(plan.agreedOn, i18n.language),
                      how: t(`plans.how.${plan.agreedHow}`),
                    })}
                  </p>
                  <ol className="plan-goals">
                    {plan.goals.map((g) => (
                      <GoalItem key={g.id} goal={g} canWork={canWork} />
                    ))}
                  </ol>
                  {review ? (
                    <p>
                      <strong>{t('plans.lastReview', { day: formatDay(review.reviewedOn, i18n.language) })}</strong>{' '}
                      {review.notes}
                    </p>
                  ) : null}
                </>
              ) : (
                <p>{t('plans.none')}</p>
              )}
              {earlier > 0 ? <p className="muted">{t('plans.earlier', { count: earlier })}</p> : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
