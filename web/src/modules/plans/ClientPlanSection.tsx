import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, useClientPlans } from '../../api/plans';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { ClosePlanForm } from './ClosePlanForm';
import { EarlierPlans } from './EarlierPlans';
import { GoalForm } from './GoalForm';
import { GoalStatusForm } from './GoalStatusForm';
import type { GoalStatus } from './logic';
import { PlanForm } from './PlanForm';
import { PlanGoal } from './PlanGoal';
import { PlanHistory } from './PlanHistory';
import { ReviewForm } from './ReviewForm';
import { StepForm } from './StepForm';
import './plans.css';

type Goal = Plan['goals'][number];
type Open =
  | { what: 'agree' }
  | { what: 'goal'; plan: Plan }
  | { what: 'step'; goal: Goal }
  | { what: 'move'; goal: Goal; status: GoalStatus }
  | { what: 'review'; plan: Plan }
  | { what: 'close'; plan: Plan }
  | null;

/** The plan in work: when and how agreed, its goals and steps, the latest review, its history. */
function ActivePlan({ plan, canWork, onOpen }: { plan: Plan; canWork: boolean; onOpen: (open: Open) => void }) {
  const { t, i18n } = useTranslation();
  const review = plan.reviews.at(-1);
  return (
    <>
      <p>
        {t('plans.agreed', { day: formatDay(plan.agreedOn, i18n.language), how: t(`plans.how.${plan.agreedHow}`) })}
      </p>
      <ol className="plan-goals">
        {plan.goals.map((g) => (
          <PlanGoal
            key={g.id}
            goal={g}
            canWork={canWork}
            onMove={(status) => onOpen({ what: 'move', goal: g, status })}
            onAddStep={() => onOpen({ what: 'step', goal: g })}
          />
        ))}
      </ol>
      {review ? (
        <p>
          <strong>{t('plans.lastReview', { day: formatDay(review.reviewedOn, i18n.language) })}</strong> {review.notes}
          {review.by ? <span className="muted"> ({review.by})</span> : null}
        </p>
      ) : null}
      {canWork ? (
        <div className="btn-row">
          <Button onPress={() => onOpen({ what: 'goal', plan })}>{t('plans.addGoal')}</Button>
          <Button onPress={() => onOpen({ what: 'review', plan })}>{t('plans.review')}</Button>
          <Button variant="danger" onPress={() => onOpen({ what: 'close', plan })}>
            {t('plans.closePlan')}
          </Button>
        </div>
      ) : null}
      <PlanHistory plan={plan} />
    </>
  );
}

/**
 * The person's support plan: the one in work, which those who work on plans
 * change (goal status, goals, steps, reviews, closing) or — when there is none —
 * agree; earlier plans in summary.
 */
export function ClientPlanSection({ clientId, canWork }: { clientId: string; canWork: boolean }) {
  const { t } = useTranslation();
  const plans = useClientPlans(clientId);
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const close = () => setOpen(null);
  const done = (message: string) => () => {
    setOpen(null);
    setSaved(message);
  };
  const dialog = (what: NonNullable<Open>['what'], title: string, body: ReactNode, role?: 'alertdialog') => (
    <ModalDialog title={title} isOpen={open?.what === what} onOpenChange={(o) => !o && close()} role={role}>
      {open?.what === what ? body : null}
    </ModalDialog>
  );

  return (
    <section className="panel stack" aria-labelledby="client-plan-title">
      <h2 id="client-plan-title">{t('plans.title')}</h2>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <QueryState query={plans}>
        {({ items }) => {
          const plan = items.find((p) => p.status === 'active');
          return (
            <>
              {plan ? (
                <ActivePlan plan={plan} canWork={canWork} onOpen={setOpen} />
              ) : (
                <>
                  <p>{t('plans.none')}</p>
                  {canWork ? (
                    <div className="btn-row">
                      <Button variant="primary" onPress={() => setOpen({ what: 'agree' })}>
                        {t('plans.agreeTitle')}
                      </Button>
                    </div>
                  ) : null}
                </>
              )}
              <EarlierPlans plans={items.filter((p) => p.status === 'closed')} />
            </>
          );
        }}
      </QueryState>
      {dialog('agree', t('plans.agreeTitle'), <PlanForm clientId={clientId} onDone={done(t('plans.agreedSaved'))} />)}
      {dialog(
        'goal',
        t('plans.addGoal'),
        open?.what === 'goal' ? (
          <GoalForm planId={open.plan.id} number={open.plan.goals.length + 1} onDone={done(t('plans.goalSaved'))} />
        ) : null,
      )}
      {dialog(
        'step',
        t('plans.addStep'),
        open?.what === 'step' ? (
          <StepForm goalId={open.goal.id} number={open.goal.steps.length + 1} onDone={done(t('plans.stepSaved'))} />
        ) : null,
      )}
      {dialog(
        'move',
        open?.what === 'move' ? t(`plans.moveTitles.${open.status}`) : '',
        open?.what === 'move' ? (
          <GoalStatusForm
            goal={open.goal}
            status={open.status}
            onDone={done(t('plans.statusSaved', { status: t(`plans.statuses.${open.status}`) }))}
          />
        ) : null,
      )}
      {dialog(
        'review',
        t('plans.review'),
        open?.what === 'review' ? <ReviewForm planId={open.plan.id} onDone={done(t('plans.reviewSaved'))} /> : null,
      )}
      {dialog(
        'close',
        t('plans.closeTitle'),
        open?.what === 'close' ? <ClosePlanForm planId={open.plan.id} onDone={done(t('plans.closedSaved'))} /> : null,
        'alertdialog',
      )}
    </section>
  );
}
