import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { useHousingOccupancy } from '../../api/housing';
import { ChoiceChips } from '../../ui/ChipGroup';
import { QueryState } from '../../ui/QueryState';
import { PeriodFields } from '../outreach/period';
import { daysBetween, type OccupancyPeriod } from './board';
import { OccupancyTable } from './OccupancyTable';

export type { OccupancyGrouping, OccupancyPeriod } from './board';

/**
 * How full the site was over a period (at most a year): a table per day or
 * per week, with the share of today's beds and rooms in use drawn as a bar
 * beside the figures it repeats. The period lives in the address.
 */
export function OccupancyHistory({
  siteId,
  period,
  onPeriod,
}: {
  siteId: string;
  period: OccupancyPeriod;
  onPeriod: (patch: Partial<OccupancyPeriod>) => void;
}) {
  const { t } = useTranslation();
  const span = daysBetween(period.from, period.to);
  const valid = span >= 0 && span < limits.occupancyDaysMax;
  const occupancy = useHousingOccupancy(siteId, period.from, period.to, valid);
  return (
    <section className="stack housing-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('housing.historyTitle')}</h2>
      <div className="filters">
        <PeriodFields from={period.from} to={period.to} onChange={onPeriod} />
        <ChoiceChips
          name="by"
          label={t('housing.groupBy')}
          options={[
            { id: 'day', label: t('housing.perDay') },
            { id: 'week', label: t('housing.perWeek') },
          ]}
          value={period.by}
          onChange={(by) => onPeriod({ by })}
        />
      </div>
      {span >= limits.occupancyDaysMax ? (
        <p role="alert" className="field-error">
          {t('validation.occupancy_range')}
        </p>
      ) : null}
      {valid ? (
        <QueryState query={occupancy}>{(data) => <OccupancyTable occupancy={data} by={period.by} />}</QueryState>
      ) : null}
    </section>
  );
}
