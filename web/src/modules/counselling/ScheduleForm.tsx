import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { type Discipline, disciplines } from '#core/roles';
import { createAppointmentBody } from '#core/schemas/appointments';
import { type AppointmentDetail, useCounsellors, useScheduleAppointment } from '../../api/appointments';
import type { ClientSummary } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { PersonPicker } from '../contacts/PersonPicker';
import { usePlaceNames } from '../outreach/names';
import { useDisciplineName } from './labels';

const fieldNames = ['clientId', 'counsellorId', 'discipline', 'startsAt', 'durationMinutes', 'place', 'siteId'];

/**
 * Books an appointment: the person (found by pseudonym or code), the
 * discipline, a counsellor of it, when and for how long, and where — at one of
 * the organisation's sites or out in the field.
 */
export function ScheduleForm({
  person: given,
  onDone,
}: {
  person?: { id: string; pseudonym: string };
  onDone: (a: AppointmentDetail) => void;
}) {
  const { t } = useTranslation();
  const schedule = useScheduleAppointment();
  const form = useSchemaForm(createAppointmentBody, schedule.error);
  const counsellors = useCounsellors();
  const places = usePlaceNames();
  const disciplineName = useDisciplineName();
  const [person, setPerson] = useState<{ id: string; pseudonym: string } | null>(given ?? null);
  const [discipline, setDiscipline] = useState<Discipline>('social');
  const [counsellorId, setCounsellorId] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [time, setTime] = useState('10:00');
  const [duration, setDuration] = useState(60);
  const [place, setPlace] = useState<'site' | 'outreach'>('site');
  const [siteId, setSiteId] = useState<string | null>(null);
  const ofDiscipline = (counsellors.data?.items ?? []).filter((c) => c.disciplines.includes(discipline));
  const sites = places.sites.filter((s) => s.active && s.type !== 'office');
  const chosenCounsellor = ofDiscipline.some((c) => c.id === counsellorId)
    ? counsellorId
    : (ofDiscipline[0]?.id ?? null);
  const chosenSite = siteId ?? sites[0]?.id ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startsAt = new Date(`${date}T${time}`);
    const body = {
      clientId: person?.id ?? '',
      counsellorId: chosenCounsellor ?? '',
      discipline,
      startsAt: Number.isNaN(startsAt.getTime()) ? '' : startsAt.toISOString(),
      durationMinutes: duration,
      place,
      siteId: place === 'site' ? chosenSite : null,
    };
    if (!form.check(body)) return;
    schedule.mutate(body, { onSuccess: onDone });
  }

  if (!person)
    return (
      <div className="stack">
        <p>{t('counselling.choosePerson')}</p>
        <PersonPicker onChoose={(p: ClientSummary) => setPerson({ id: p.id, pseudonym: p.pseudonym })} />
        <div className="btn-row">
          <Button slot="close">{t('common.cancel')}</Button>
        </div>
      </div>
    );

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={schedule.error} fieldNames={fieldNames} />
      <p>
        {t('counselling.forPerson', { pseudonym: person.pseudonym })}{' '}
        {given ? null : (
          <Button variant="quiet" onPress={() => setPerson(null)}>
            {t('counselling.changePerson')}
          </Button>
        )}
      </p>
      <Select
        name="discipline"
        label={t('counselling.discipline')}
        isRequired
        options={disciplines.map((d) => ({ id: d, label: disciplineName(d) }))}
        value={discipline}
        onChange={setDiscipline}
      />
      <Select
        name="counsellorId"
        label={t('counselling.counsellor')}
        description={ofDiscipline.length === 0 ? t('counselling.noCounsellorOfDiscipline') : undefined}
        isRequired
        options={ofDiscipline.map((c) => ({ id: c.id, label: c.displayName }))}
        value={chosenCounsellor}
        onChange={setCounsellorId}
      />
      <div className="form-grid">
        <TextField name="date" type="date" label={t('counselling.date')} isRequired value={date} onChange={setDate} />
        <TextField
          name="startsAt"
          type="time"
          label={t('counselling.time')}
          isRequired
          value={time}
          onChange={setTime}
        />
        <NumberField
          name="durationMinutes"
          label={t('counselling.duration')}
          isRequired
          minValue={limits.appointmentMinutesMin}
          maxValue={limits.appointmentMinutesMax}
          step={5}
          value={duration}
          onChange={setDuration}
        />
      </div>
      <Select
        name="place"
        label={t('counselling.place')}
        options={(['site', 'outreach'] as const).map((p) => ({ id: p, label: t(`counselling.places.${p}`) }))}
        value={place}
        onChange={setPlace}
      />
      {place === 'site' ? (
        <Select
          name="siteId"
          label={t('counselling.site')}
          isRequired
          options={sites.map((s) => ({ id: s.id, label: s.name }))}
          value={chosenSite}
          onChange={setSiteId}
        />
      ) : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={schedule.isPending}>
          {t('counselling.schedule')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
