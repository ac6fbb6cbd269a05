import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../api/appointments';
import { TextLink } from '../../ui/Button';
import { usePlaceNames } from '../outreach/names';
import { useDisciplineName, useTimeFormat } from './labels';

/** One appointment in a list: when, who with whom, where, and its state; the time opens it. */
export function AppointmentRow({ appointment: a, showDay }: { appointment: Appointment; showDay?: string }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const discipline = useDisciplineName();
  const places = usePlaceNames();
  return (
    <tr>
      <th scope="row">
        <TextLink href={`/counselling/appointments/${encodeURIComponent(a.id)}`}>
          {showDay ? `${showDay}, ` : ''}
          {time(a.startsAt)}
        </TextLink>
      </th>
      <td>{a.pseudonym}</td>
      <td>{discipline(a.discipline)}</td>
      <td>{a.counsellorName}</td>
      <td>{a.place === 'site' && a.siteId ? places.site(a.siteId) : t('counselling.places.outreach')}</td>
      <td>
        <span className={`status status-${a.status}`}>{t(`counselling.statuses.${a.status}`)}</span>
      </td>
    </tr>
  );
}

/** The header row matching AppointmentRow. */
export function AppointmentHeader() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('counselling.when')}</th>
        <th scope="col">{t('counselling.person')}</th>
        <th scope="col">{t('counselling.discipline')}</th>
        <th scope="col">{t('counselling.counsellor')}</th>
        <th scope="col">{t('counselling.place')}</th>
        <th scope="col">{t('counselling.status')}</th>
      </tr>
    </thead>
  );
}
