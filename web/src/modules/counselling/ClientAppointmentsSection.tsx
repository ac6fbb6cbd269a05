import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientAppointments } from '../../api/appointments';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { AppointmentHeader, AppointmentRow } from './AppointmentRow';
import { ScheduleForm } from './ScheduleForm';

const shown = 10;

/** The person's counselling appointments (never their notes), and booking one for them. */
export function ClientAppointmentsSection({
  client,
  canBook,
}: {
  client: { id: string; pseudonym: string };
  canBook: boolean;
}) {
  const { t, i18n } = useTranslation();
  const appointments = useClientAppointments(client.id);
  const [booking, setBooking] = useState(false);
  return (
    <section className="panel stack" aria-labelledby="client-appointments-title">
      <h2 id="client-appointments-title">{t('counselling.clientAppointments')}</h2>
      <QueryState query={appointments}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('counselling.noClientAppointments')}</p>
          ) : (
            <DataTable caption={t('counselling.clientAppointments')}>
              <AppointmentHeader />
              <tbody>
                {items.slice(0, shown).map((a) => (
                  <AppointmentRow key={a.id} appointment={a} showDay={formatDay(a.startsAt, i18n.language)} />
                ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
      {canBook ? (
        <div className="btn-row">
          <Button onPress={() => setBooking(true)}>{t('counselling.newAppointment')}</Button>
        </div>
      ) : null}
      <ModalDialog title={t('counselling.newAppointment')} isOpen={booking} onOpenChange={setBooking}>
        <ScheduleForm person={client} onDone={() => setBooking(false)} />
      </ModalDialog>
    </section>
  );
}
