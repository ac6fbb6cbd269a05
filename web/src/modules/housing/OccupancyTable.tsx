import { useTranslation } from 'react-i18next';
import type { HousingOccupancy } from '../../api/housing';
import { DataTable } from '../../ui/DataTable';
import { intlLocale } from '../../ui/format';
import { useNumberFormat } from '../outreach/names';
import { type OccupancyGrouping, weeksOf } from './board';
import { useDays } from './housingText';

/** A share as a bar for the eye (hidden from screen readers) and the percentage in words beside it. */
function Share({ value, of }: { value: number; of: number }) {
  const { i18n } = useTranslation();
  if (of <= 0) return null;
  const share = value / of;
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <span className="housing-share">
      <span className={share > 1 ? 'housing-bar housing-bar-over' : 'housing-bar'} aria-hidden="true">
        <span style={{ width: `${Math.round(Math.min(1, share) * 100)}%` }} />
      </span>
      <span>{percent.format(share)}</span>
    </span>
  );
}

/** The occupancy of each day, or of each week (bed-nights, the average night, the fullest night). */
export function OccupancyTable({ occupancy, by }: { occupancy: HousingOccupancy; by: OccupancyGrouping }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const days = useDays();
  const of = occupancy.activeUnits;
  const nights = occupancy.days.reduce((sum, d) => sum + d.occupied, 0);
  const highest = occupancy.days.reduce((max, d) => Math.max(max, d.occupied), 0);
  const average = occupancy.days.length > 0 ? nights / occupancy.days.length : 0;
  const caption = t(by === 'week' ? 'housing.perWeekCaption' : 'housing.perDayCaption', {
    period: days.period(occupancy.from, occupancy.to),
  });
  return (
    <div className="stack">
      <p>
        {t('housing.historySummary', {
          average: nf.hours(average),
          highest: nf.number(highest),
          units: nf.number(of),
        })}
      </p>
      {of > 0 ? <p className="muted">{t('housing.shareHint', { count: of })}</p> : null}
      <DataTable caption={caption}>
        {by === 'week' ? (
          <>
            <thead>
              <tr>
                <th scope="col">{t('housing.week')}</th>
                <th scope="col" className="num">
                  {t('housing.bedNights')}
                </th>
                <th scope="col" className="num">
                  {t('housing.averageNight')}
                </th>
                <th scope="col">{t('housing.share')}</th>
              </tr>
            </thead>
            <tbody>
              {weeksOf(occupancy.days).map((w) => (
                <tr key={w.from}>
                  <th scope="row">{days.range(w.from, w.to)}</th>
                  <td className="num">{nf.number(w.nights)}</td>
                  <td className="num">{nf.hours(w.nights / w.days)}</td>
                  <td>
                    <Share value={w.nights / w.days} of={of} />
                  </td>
                </tr>
              ))}
            </tbody>
          </>
        ) : (
          <>
            <thead>
              <tr>
                <th scope="col">{t('housing.day')}</th>
                <th scope="col" className="num">
                  {t('housing.taken')}
                </th>
                <th scope="col">{t('housing.share')}</th>
              </tr>
            </thead>
            <tbody>
              {occupancy.days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{days.day(d.day)}</th>
                  <td className="num">{nf.number(d.occupied)}</td>
                  <td>
                    <Share value={d.occupied} of={of} />
                  </td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </DataTable>
    </div>
  );
}
