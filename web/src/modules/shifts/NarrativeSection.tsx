import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { updateShiftBody } from '#core/schemas/shifts';
import { useMe } from '../../api/session';
import { type Shift, useUpdateShift } from '../../api/shifts';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Stepper } from '../../ui/Stepper';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { isEditable } from './ShiftBits';

function NarrativeForm({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const update = useUpdateShift(shift.id);
  const form = useSchemaForm(updateShiftBody, update.error);
  const [narrative, setNarrative] = useState(shift.narrative ?? '');
  const [incidentCount, setIncidentCount] = useState(shift.incidentCount);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { narrative, incidentCount };
    if (!form.check(body)) return;
    update.mutate(body, { onSuccess: () => setSavedAt(Date.now()) });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={['narrative', 'incidentCount']} />
      <TextField
        name="narrative"
        label={t('shifts.narrative')}
        description={t('shifts.narrativeHint')}
        multiline
        maxLength={limits.longTextMax}
        value={narrative}
        onChange={(v) => {
          setNarrative(v);
          setSavedAt(null);
        }}
      />
      <Stepper
        name="incidentCount"
        label={t('shifts.incidents')}
        description={t('shifts.incidentsHint')}
        maxValue={1000}
        value={incidentCount}
        onChange={(v) => {
          setIncidentCount(v);
          setSavedAt(null);
        }}
      />
      {savedAt ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('shifts.saveNarrative')}
        </Button>
      </div>
    </Form>
  );
}

/** The worker's account of the shift and its incidents: editable until it is submitted. */
export function NarrativeSection({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const editable = isEditable(shift) && can(me.roles, 'shifts.manage');
  return (
    <section className="panel stack" aria-labelledby="narrative-title">
      <h2 id="narrative-title">{t('shifts.narrativeTitle')}</h2>
      {editable ? (
        <NarrativeForm shift={shift} />
      ) : (
        <dl className="facts">
          <dt>{t('shifts.narrative')}</dt>
          <dd>{shift.narrative || <span className="missing">{t('shifts.noNarrative')}</span>}</dd>
          <dt>{t('shifts.incidents')}</dt>
          <dd>{new Intl.NumberFormat(i18n.language).format(shift.incidentCount)}</dd>
        </dl>
      )}
    </section>
  );
}
