import { useTranslation } from 'react-i18next';
import { type Plan, useTickStep } from '../../api/plans';
import { Checkbox } from '../../ui/CheckboxGroup';
import { formatDay } from '../clients/labels';

type Step = Plan['goals'][number]['steps'][number];

/** A step: ticked off by those who work on plans, read by the others. */
export function PlanStep({ step, canWork }: { step: Step; canWork: boolean }) {
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
