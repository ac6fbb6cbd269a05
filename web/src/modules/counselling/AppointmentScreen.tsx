import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type AppointmentDetail, useAppointment, useSetAppointmentStatus } from '../../api/appointments';
import { useMe } from '../../api/session';
import { Button, TextLink } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { usePlaceNames } from '../outreach/names';
import { ReferButton } from '../referrals/ReferButton';
import { useDisciplineName, useTimeFormat } from './labels';
import { NotesPanel } from './NotesPanel';

/** What the appointment is: who with whom, when, where, its state. */
function Facts({ a }: { a: AppointmentDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const time = useTimeFormat();
  const discipline = useDisciplineName();
  const places = usePlaceNames();
  return (
    <dl className="facts">
      <dt>{t('counselling.person')}</dt>
      <dd>
        {can(me.roles, 'clients.read') ? (
          <TextLink href={`/clients/${encodeURIComponent(a.clientId)}`}>{a.pseudonym}</TextLink>
        ) : (
          a.pseudonym
        )}
      </dd>
      <dt>{t('counselling.when')}</dt>
      <dd>
        {formatDay(a.startsAt, i18n.language)}, {time(a.startsAt)} (
        {t('counselling.minutes', { count: a.durationMinutes })})
      </dd>
      <dt>{t('counselling.discipline')}</dt>
      <dd>{discipline(a.discipline)}</dd>
      <dt>{t('counselling.counsellor')}</dt>
      <dd>{a.counsellorName}</dd>
      <dt>{t('counselling.place')}</dt>
      <dd>{a.place === 'site' && a.siteId ? places.site(a.siteId) : t('counselling.places.outreach')}</dd>
      <dt>{t('counselling.status')}</dt>
      <dd>{t(`counselling.statuses.${a.status}`)}</dd>
    </dl>
  );
}

/** Closing a scheduled appointment: it happened, the person did not come, or it was called off. */
function StatusActions({ a }: { a: AppointmentDetail }) {
  const { t } = useTranslation();
  const setStatus = useSetAppointmentStatus();
  if (a.status !== 'scheduled') return null;
  const press = (status: 'done' | 'no_show' | 'cancelled') => setStatus.mutate({ id: a.id, status });
  return (
    <div className="stack">
      <FormError error={setStatus.error} fieldNames={['status']} />
      <div className="btn-row">
        <Button variant="primary" isPending={setStatus.isPending} onPress={() => press('done')}>
          {t('counselling.markDone')}
        </Button>
        <Button onPress={() => press('no_show')}>{t('counselling.markNoShow')}</Button>
        <Button variant="danger" onPress={() => press('cancelled')}>
          {t('counselling.markCancelled')}
        </Button>
      </div>
    </div>
  );
}

/** One appointment: the facts, closing it, a referral from it, and its notes for counsellors of its discipline. */
export function AppointmentScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const { appointmentId } = useParams({ from: '/app/counselling/appointments/$appointmentId' });
  const appointment = useAppointment(appointmentId);
  return (
    <div className="stack">
      <PageHeader title={t('counselling.appointmentTitle')}>
        <TextLink href="/counselling">{t('counselling.backToCalendar')}</TextLink>
      </PageHeader>
      <QueryState query={appointment}>
        {(a) => (
          <>
            <section className="panel stack" aria-label={t('counselling.appointmentTitle')}>
              <Facts a={a} />
              {can(me.roles, 'appointments.manage') ? <StatusActions a={a} /> : null}
              <ReferButton clientId={a.clientId} origin={{ source: 'appointment', sourceId: a.id }} />
            </section>
            <NotesPanel appointment={a} />
          </>
        )}
      </QueryState>
    </div>
  );
}
