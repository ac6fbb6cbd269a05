import { useTranslation } from 'react-i18next';
import type { OccupancySite } from '../../api/visits';
import { useNumberFormat } from '../outreach/names';
import { capacities } from './visitText';

/**
 * People in now at a site against what it holds (places, beds or both), in
 * words — "Places taken: 7 of 15", "Free: 8", "Full" — with a bar for the eye
 * that screen readers skip (the words say the same).
 */
export function OccupancyMeter({ site }: { site: OccupancySite }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const limits = capacities(site);
  return (
    <div className="occupancy">
      {limits.length === 0 ? (
        <p className="occupancy-line">{t('reception.inNow', { present: nf.number(site.present) })}</p>
      ) : (
        limits.map(({ kind, capacity }) => {
          const free = capacity - site.present;
          const share = capacity > 0 ? Math.min(1, site.present / capacity) : 1;
          return (
            <div key={kind} className="stack-tight">
              <p className="occupancy-line">
                {t(kind === 'beds' ? 'reception.bedsTaken' : 'reception.placesTaken', {
                  present: nf.number(site.present),
                  capacity: nf.number(capacity),
                })}
              </p>
              <div className={free <= 0 ? 'occupancy-bar occupancy-full' : 'occupancy-bar'} aria-hidden="true">
                <span style={{ width: `${Math.round(share * 100)}%` }} />
              </div>
              <p className="occupancy-note">
                {free > 0 ? (
                  t('reception.free', { free: nf.number(free) })
                ) : (
                  <strong>
                    {free === 0 ? t('reception.full') : t('reception.overCapacity', { over: nf.number(-free) })}
                  </strong>
                )}
              </p>
            </div>
          );
        })
      )}
      <p className="muted">{t('reception.visitsToday', { visits: nf.number(site.visitsToday) })}</p>
    </div>
  );
}
