import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans';
import { Button } from '../../ui/Button';
import { formatDay } from '../clients/labels';
import { type GoalStatus, goalMoves } from './logic';
import { PlanStep } from './PlanStep';

type Goal = Plan['goals'][number];

/** A goal with its status, target and steps; for those who work on plans, its moves and "add a step". */
export function PlanGoal({
  goal,
  canWork,
  onMove,
  onAddStep,
}: {
  goal: Goal;
  canWork: boolean;
  onMove: (status: GoalStatus) => void;
  onAddStep: () => void;
}) {
  const { t, i18n } = useTranslation();
  const domain = t(`plans.domains.${goal.domain}`);
  return (
    <li className="plan-goal">
      <h3>
        {domain}: {goal.description}
      </h3>
      <p className="muted">
        <span className={`badge plan-status-${goal.status}`}>{t(`plans.statuses.${goal.status}`)}</span>{' '}
        {goal.statusOn && goal.status !== 'open' ? `${formatDay(goal.statusOn, i18n.language)} ` : null}
        {goal.targetOn ? t('plans.target', { day: formatDay(goal.targetOn, i18n.language) }) : null}
        {goal.overdue ? <span className="badge badge-warn">{t('plans.overdue')}</span> : null}
      </p>
      {goal.steps.length > 0 ? (
        <ul className="plan-steps" aria-label={t('plans.stepsOf', { domain })}>
          {goal.steps.map((s) => (
            <PlanStep key={s.id} step={s} canWork={canWork && goal.status === 'open'} />
          ))}
        </ul>
      ) : null}
      {canWork ? (
        <div className="btn-row">
          {goalMoves(goal.status).map((status) => (
            <Button
              key={status}
              aria-label={t('plans.moveNamed', { move: t(`plans.moves.${status}`), domain })}
              onPress={() => onMove(status)}
            >
              {t(`plans.moves.${status}`)}
            </Button>
          ))}
          {goal.status === 'open' ? (
            <Button aria-label={t('plans.addStepNamed', { domain })} onPress={onAddStep}>
              {t('plans.addStep')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
