import { useTranslation } from 'react-i18next';
import { planDomains } from '#core/schemas/plans';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { emptyStep, type GoalState, type PlanDomain } from './logic';
import { StepFields } from './StepFields';

/**
 * One goal's fields: its domain, the wording agreed with the person (sealed on
 * the server), a target day and its steps. `name` is the goal's path in the body.
 */
export function GoalFields({
  name,
  number,
  goal,
  onChange,
  onRemove,
}: {
  name: string;
  number: number;
  goal: GoalState;
  onChange: (goal: GoalState) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const path = (field: string) => (name ? `${name}.${field}` : field);
  const setStep = (i: number, step: GoalState['steps'][number]) =>
    onChange({ ...goal, steps: goal.steps.map((s, j) => (j === i ? step : s)) });
  return (
    <fieldset className="plan-fieldset stack">
      <legend className="field-label">{t('plans.goalNumber', { number })}</legend>
      <Select<PlanDomain>
        name={path('domain')}
        label={t('plans.domain')}
        isRequired
        options={planDomains.map((d) => ({ id: d, label: t(`plans.domains.${d}`) }))}
        value={goal.domain}
        onChange={(domain) => onChange({ ...goal, domain })}
      />
      <TextField
        name={path('description')}
        multiline
        label={t('plans.goalDescription')}
        description={t('plans.goalDescriptionHint')}
        isRequired
        value={goal.description}
        onChange={(description) => onChange({ ...goal, description })}
      />
      <TextField
        name={path('targetOn')}
        type="date"
        label={t('plans.goalTarget')}
        value={goal.targetOn}
        onChange={(targetOn) => onChange({ ...goal, targetOn })}
      />
      {goal.steps.map((step, i) => (
        <StepFields
          key={step.key}
          name={path(`steps.${i}`)}
          number={i + 1}
          step={step}
          onChange={(s) => setStep(i, s)}
          onRemove={() => onChange({ ...goal, steps: goal.steps.filter((_, j) => j !== i) })}
        />
      ))}
      <div className="btn-row">
        <Button onPress={() => onChange({ ...goal, steps: [...goal.steps, emptyStep()] })}>
          {t('plans.addStepTo', { number })}
        </Button>
        {onRemove ? (
          <Button variant="quiet" onPress={onRemove}>
            {t('plans.removeGoal', { number })}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
