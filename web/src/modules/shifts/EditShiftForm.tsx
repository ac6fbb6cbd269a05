import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, updateShiftBody } from '#core/schemas/shifts';
import { type Shift, useUpdateShift } from '../../api/shifts';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { usePlaceNames, useWorkerNames } from '../outreach/names';
import { type ShiftEditDraft, shiftEditBody, shiftEditDraft } from './shiftEdit';

const fieldNames = [
  'date',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'channel',
  'areaId',
  'spotIds',
  'memberIds',
];
const noArea = 'none';

/**
 * Changes a shift while it is planned, under way or returned: the day, the
 * planned and actual times, the channel, the area and spots, who works it.
 * The team stays (contacts and stock belong to it). Only what changed is sent.
 */
export function EditShiftForm({ shift, onDone }: { shift: Shift; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const places = usePlaceNames();
  const workers = useWorkerNames();
  const update = useUpdateShift(shift.id);
  const form = useSchemaForm(updateShiftBody, update.error);
  const [draft, setDraft] = useState(() => shiftEditDraft(shift));
  const set = <K extends keyof ShiftEditDraft>(field: K, value: ShiftEditDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const area = places.areas.find((a) => a.id === draft.areaId);
  const team = places.teams.find((x) => x.id === shift.teamId);
  const spots = (area?.spots ?? []).filter((s) => s.active || draft.spotIds.includes(s.id));
  // The team's members first, then everyone else; people already on the shift stay listed.
  const people = [...workers.users].sort(
    (a, b) => Number(team?.memberIds.includes(b.id) ?? 0) - Number(team?.memberIds.includes(a.id) ?? 0),
  );
  const started = shift.status !== 'planned' || draft.actualStart !== '' || draft.actualEnd !== '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = shiftEditBody(shift, draft);
    if (!form.check(body)) return;
    if (Object.keys(body).length === 0) return onDone(false);
    update.mutate(body, { onSuccess: () => onDone(true) });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={fieldNames} />
      <div className="form-grid">
        <TextField
          name="date"
          type="date"
          label={t('shifts.date')}
          isRequired
          value={draft.date}
          onChange={(v) => set('date', v)}
        />
        <TextField
          name="plannedStart"
          type="time"
          label={t('shifts.plannedStart')}
          isRequired
          value={draft.plannedStart}
          onChange={(v) => set('plannedStart', v)}
        />
        <TextField
          name="plannedEnd"
          type="time"
          label={t('shifts.plannedEnd')}
          description={t('shifts.plannedEndHint')}
          isRequired
          value={draft.plannedEnd}
          onChange={(v) => set('plannedEnd', v)}
        />
      </div>
      {started ? (
        <div className="form-grid">
          <TextField
            name="actualStart"
            type="datetime-local"
            label={t('shifts.actualStart')}
            description={t('shifts.actualHint')}
            value={draft.actualStart}
            onChange={(v) => set('actualStart', v)}
          />
          <TextField
            name="actualEnd"
            type="datetime-local"
            label={t('shifts.actualEnd')}
            value={draft.actualEnd}
            onChange={(v) => set('actualEnd', v)}
          />
        </div>
      ) : null}
      <Select
        name="channel"
        label={t('shifts.channel')}
        isRequired
        options={channels.map((id) => ({ id, label: t(`shifts.channels.${id}`) }))}
        value={draft.channel}
        onChange={(v) => set('channel', v)}
      />
      {places.readable.areas ? (
        <Select
          name="areaId"
          label={t('shifts.area')}
          options={[
            { id: noArea, label: t('shifts.noArea') },
            ...places.areas.filter((a) => a.active || a.id === shift.areaId).map((a) => ({ id: a.id, label: a.name })),
          ]}
          value={draft.areaId ?? noArea}
          onChange={(id) => setDraft((d) => ({ ...d, areaId: id === noArea ? null : id, spotIds: [] }))}
        />
      ) : null}
      {spots.length > 0 ? (
        <CheckboxGroup
          name="spotIds"
          label={t('shifts.spots')}
          options={spots.map((s) => ({ id: s.id, label: s.name }))}
          value={draft.spotIds}
          onChange={(v) => set('spotIds', v)}
        />
      ) : null}
      <CheckboxGroup
        name="memberIds"
        label={t('shifts.members')}
        description={t('shifts.membersEditHint')}
        options={people.map((u) => ({ id: u.id, label: u.displayName }))}
        value={draft.memberIds}
        onChange={(v) => set('memberIds', v)}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('shifts.saveChanges')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
