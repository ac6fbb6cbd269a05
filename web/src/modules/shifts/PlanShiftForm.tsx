import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outreachScope } from '#core/permissions/scopes';
import { type Channel, channels, createShiftBody } from '#core/schemas/shifts';
import { useMe } from '../../api/session';
import { type Shift, useCreateShift } from '../../api/shifts';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { usePlaceNames, useWorkerNames } from '../outreach/names';

const fieldNames = ['teamId', 'date', 'plannedStart', 'plannedEnd', 'channel', 'areaId', 'spotIds', 'memberIds'];
const noArea = 'none';

/** The next full hour and four hours later (wrapping past midnight, as night shifts do). */
export function defaultTimes(now = new Date()): { start: string; end: string } {
  const start = (now.getHours() + 1) % 24;
  const pad = (n: number) => `${String(n).padStart(2, '0')}:00`;
  return { start: pad(start), end: pad((start + 4) % 24) };
}

/**
 * Plans a shift: team, day, planned times, channel, area and spots, and who
 * works it (the planner is ticked; the server adds them when the list is empty).
 */
export function PlanShiftForm({ onDone }: { onDone: (shift: Shift) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const places = usePlaceNames();
  const workers = useWorkerNames();
  const create = useCreateShift();
  const form = useSchemaForm(createShiftBody, create.error);
  // Outreach workers plan for their own teams; coordinators for any.
  const teams = places.teams.filter(
    (team) => team.active && (outreachScope(me.roles) === 'all' || team.memberIds.includes(me.id)),
  );
  const times = useState(defaultTimes)[0];
  const [teamId, setTeamId] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [plannedStart, setPlannedStart] = useState(times.start);
  const [plannedEnd, setPlannedEnd] = useState(times.end);
  const [channel, setChannel] = useState<Channel>('street');
  const [areaId, setAreaId] = useState<string>(noArea);
  const [spotIds, setSpotIds] = useState<string[]>([]);
  const [memberIds, setMemberIds] = useState<string[]>([me.id]);
  const chosenTeam = teamId ?? teams[0]?.id ?? null;
  const area = places.areas.find((a) => a.id === areaId);
  const team = places.teams.find((x) => x.id === chosenTeam);
  // The team's members first, then everyone else.
  const people = [...workers.users].sort(
    (a, b) => Number(team?.memberIds.includes(b.id) ?? 0) - Number(team?.memberIds.includes(a.id) ?? 0),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      teamId: chosenTeam ?? '',
      date,
      plannedStart,
      plannedEnd,
      channel,
      areaId: areaId === noArea ? null : areaId,
      spotIds,
      memberIds,
    };
    if (!form.check(body)) return;
    create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={fieldNames} />
      <Select
        name="teamId"
        label={t('shifts.team')}
        isRequired
        options={teams.map((x) => ({ id: x.id, label: x.name }))}
        value={chosenTeam}
        onChange={setTeamId}
      />
      <div className="form-grid">
        <TextField name="date" type="date" label={t('shifts.date')} isRequired value={date} onChange={setDate} />
        <TextField
          name="plannedStart"
          type="time"
          label={t('shifts.plannedStart')}
          isRequired
          value={plannedStart}
          onChange={setPlannedStart}
        />
        <TextField
          name="plannedEnd"
          type="time"
          label={t('shifts.plannedEnd')}
          description={t('shifts.plannedEndHint')}
          isRequired
          value={plannedEnd}
          onChange={setPlannedEnd}
        />
      </div>
      <Select
        name="channel"
        label={t('shifts.channel')}
        isRequired
        options={channels.map((id) => ({ id, label: t(`shifts.channels.${id}`) }))}
        value={channel}
        onChange={setChannel}
      />
      <Select
        name="areaId"
        label={t('shifts.area')}
        options={[
          { id: noArea, label: t('shifts.noArea') },
          ...places.areas.filter((a) => a.active).map((a) => ({ id: a.id, label: a.name })),
        ]}
        value={areaId}
        onChange={(id) => {
          setAreaId(id);
          setSpotIds([]);
        }}
      />
      {area?.spots.some((s) => s.active) ? (
        <CheckboxGroup
          name="spotIds"
          label={t('shifts.spots')}
          options={area.spots.filter((s) => s.active).map((s) => ({ id: s.id, label: s.name }))}
          value={spotIds}
          onChange={setSpotIds}
        />
      ) : null}
      <CheckboxGroup
        name="memberIds"
        label={t('shifts.members')}
        description={t('shifts.membersHint')}
        options={people.map((u) => ({ id: u.id, label: u.displayName }))}
        value={memberIds}
        onChange={setMemberIds}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('shifts.plan')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
