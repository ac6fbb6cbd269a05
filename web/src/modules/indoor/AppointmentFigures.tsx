import { useTranslation } from 'react-i18next';
import { disciplines } from '#core/roles';
import { appointmentStatuses } from '#core/schemas/appointments';
import { useAppointmentStatistics } from '../../api/appointments';
import { DataTable } from '../../ui/DataTable';
import { QueryState } from '../../ui/QueryState';
import { useDisciplineName } from '../counselling/labels';
import { useNumberFormat } from '../outreach/names';
import type { StatisticsPeriod } from './period';

/** Appointments by discipline (rows) and status (columns), and the distinct people seen. */
export function AppointmentFigures({ period }: { period: StatisticsPeriod }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const discipline = useDisciplineName();
  const stats = useAppointmentStatistics(period, period.valid);
  return (
    <section className="panel stack" aria-labelledby="indoor-appointments">
      <h2 id="indoor-appointments">{t('indoorStats.appointments')}</h2>
      <QueryState query={stats}>
        {(s) => {
          const count = (d: string, st: string) =>
            s.items.find((i) => i.discipline === d && i.status === st)?.count ?? 0;
          const shown = disciplines.filter((d) => appointmentStatuses.some((st) => count(d, st) > 0));
          return shown.length === 0 ? (
            <p>{t('indoorStats.noAppointments')}</p>
          ) : (
            <>
              <p>{t('indoorStats.peopleSeen', { count: s.peopleSeen })}</p>
              <DataTable caption={t('indoorStats.appointmentsCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('counselling.discipline')}</th>
                    {appointmentStatuses.map((st) => (
                      <th key={st} scope="col">
                        {t(`counselling.statuses.${st}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((d) => (
                    <tr key={d}>
                      <th scope="row">{discipline(d)}</th>
                      {appointmentStatuses.map((st) => (
                        <td key={st}>{nf.number(count(d, st))}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
