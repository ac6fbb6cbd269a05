import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useAppointments, useCounsellors } from '../../api/appointments';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { formatDay, today } from '../clients/labels';
import { usePlaceNames } from '../outreach/names';
import { AppointmentHeader, AppointmentRow } from './AppointmentRow';
import { ScheduleForm } from './ScheduleForm';
import { addDays, localDay, weekDays, weekStart } from './week';

const everyone = 'all';

/**
 * The counselling calendar: a week of appointments, a counsellor's (their own
 * by default for a counsellor) or a site's, day by day; who may book opens the
 * booking form here. Notes are never shown in the calendar.
 */
export function CalendarScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/counselling' });
  const search = useSearch({ from: '/app/counselling' });
  const [booking, setBooking] = useState(false);
  const counsellors = useCounsellors();
  const places = usePlaceNames();
  // A week in the address that is not a day (edited by hand) shows this week.
  const monday = weekStart(
    search.week && /^\d{4}-\d{2}-\d{2}$/.test(search.week) && !Number.isNaN(Date.parse(search.week))
      ? search.week
      : today(),
  );
  const mine = me.roles.includes('counsellor') ? me.id : everyone;
  const counsellorId = search.counsellor ?? mine;
  const siteId = search.site ?? everyone;
  const list = useAppointments({
    from: monday,
    to: addDays(monday, 6),
    counsellorId: counsellorId === everyone ? undefined : counsellorId,
    siteId: siteId === everyone ? undefined : siteId,
  });
  const go = (next: { week?: string; counsellor?: string; site?: string }) =>
    navigate({ search: (s) => ({ ...s, ...next }), replace: true });

  return (
    <div className="stack">
      <PageHeader
        title={t('counselling.title')}
        actions={
          can(me.roles, 'appointments.manage') ? (
            <Button variant="primary" onPress={() => setBooking(true)}>
              {t('counselling.newAppointment')}
            </Button>
          ) : null
        }
      />
      <section className="panel stack" aria-label={t('counselling.filters')}>
        <div className="form-grid">
          <Select
            label={t('counselling.counsellor')}
            options={[
              { id: everyone, label: t('counselling.anyCounsellor') },
              ...(counsellors.data?.items ?? []).map((c) => ({ id: c.id, label: c.displayName })),
            ]}
            value={counsellorId}
            onChange={(id) => go({ counsellor: id })}
          />
          <Select
            label={t('counselling.site')}
            options={[
              { id: everyone, label: t('counselling.anySite') },
              ...places.sites.filter((s) => s.type !== 'office').map((s) => ({ id: s.id, label: s.name })),
            ]}
            value={siteId}
            onChange={(id) => go({ site: id })}
          />
        </div>
        <div className="btn-row">
          <Button onPress={() => go({ week: addDays(monday, -7) })}>{t('counselling.previousWeek')}</Button>
          <Button onPress={() => go({ week: weekStart(today()) })}>{t('counselling.thisWeek')}</Button>
          <Button onPress={() => go({ week: addDays(monday, 7) })}>{t('counselling.nextWeek')}</Button>
        </div>
        <p aria-live="polite">
          {t('counselling.weekOf', {
            from: formatDay(monday, i18n.language),
            to: formatDay(addDays(monday, 6), i18n.language),
          })}
        </p>
      </section>
      <QueryState query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('counselling.noAppointments')}</p>
          ) : (
            weekDays(monday).map((day) => {
              const ofDay = items.filter((a) => localDay(a.startsAt) === day);
              if (ofDay.length === 0) return null;
              const title = formatDay(day, i18n.language);
              return (
                <section key={day} className="panel stack" aria-labelledby={`day-${day}`}>
                  <h2 id={`day-${day}`}>{title}</h2>
                  <DataTable caption={t('counselling.dayCaption', { day: title })}>
                    <AppointmentHeader />
                    <tbody>
                      {ofDay.map((a) => (
                        <AppointmentRow key={a.id} appointment={a} />
                      ))}
                    </tbody>
                  </DataTable>
                </section>
              );
            })
          )
        }
      </QueryState>
      <ModalDialog title={t('counselling.newAppointment')} isOpen={booking} onOpenChange={setBooking}>
        <ScheduleForm
          onDone={(a) => {
            setBooking(false);
            go({ week: weekStart(localDay(a.startsAt)) });
          }}
        />
      </ModalDialog>
    </div>
  );
}
