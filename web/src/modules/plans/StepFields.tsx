import { useTranslation } from 'react-i18next';
import { useDirectoryUsers } from '../../api/directory';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { ownerMe, ownerPerson, type StepState } from './logic';

/**
 * One step's fields: a short title (not sealed: it shows on the due list), the
 * day it is due and who does it — the worker, the person, or a colleague.
 * `name` is the step's path in the body, so the schema's messages land here.
 */
export function StepFields({
  name,
  number,
  step,
  onChange,
  onRemove,
}: {
  name: string;
  number: number;
  step: StepState;
  onChange: (step: StepState) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const colleagues = useDirectoryUsers();
  const owners = [
    { id: ownerMe, label: t('plans.ownerMe') },
    { id: ownerPerson, label: t('plans.ownerPersonOption') },
    ...(colleagues.data?.items ?? []).filter((u) => u.id !== me.id).map((u) => ({ id: u.id, label: u.displayName })),
  ];
  const path = (field: string) => (name ? `${name}.${field}` : field);
  return (
    <fieldset className="plan-fieldset stack">
      <legend className="field-label">{t('plans.stepNumber', { number })}</legend>
      <TextField
        name={path('title')}
        label={t('plans.stepTitle')}
        description={t('plans.stepTitleHint')}
        isRequired
        value={step.title}
        onChange={(title) => onChange({ ...step, title })}
      />
      <div className="form-grid">
        <TextField
          name={path('dueOn')}
          type="date"
          label={t('plans.stepDue')}
          value={step.dueOn}
          onChange={(dueOn) => onChange({ ...step, dueOn })}
        />
        <Select
          name={path('ownerUserId')}
          label={t('plans.stepOwner')}
          options={owners}
          value={step.owner}
          onChange={(owner) => onChange({ ...step, owner })}
        />
      </div>
      {onRemove ? (
        <div className="btn-row">
          <Button variant="quiet" onPress={onRemove}>
            {t('plans.removeStep', { number })}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
