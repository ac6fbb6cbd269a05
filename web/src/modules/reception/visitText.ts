import { useTranslation } from 'react-i18next';
import type { OccupancySite, Visit } from '../../api/visits';
import { useCatalogueNames, useListFormat } from '../outreach/names';

/**
 * The services of a visit (or a day's totals) in words: each service once, with
 * how many times when more than once — "Shower, Laundry × 2".
 */
export function useServicesText() {
  const { t } = useTranslation();
  const services = useCatalogueNames('service');
  const list = useListFormat();
  return (used: readonly { serviceId: string; quantity: number }[]) => {
    const times = new Map<string, number>();
    for (const s of used) times.set(s.serviceId, (times.get(s.serviceId) ?? 0) + s.quantity);
    return list(
      [...times].map(([id, n]) =>
        n > 1 ? t('reception.serviceTimes', { name: services.name(id), times: String(n) }) : services.name(id),
      ),
    );
  };
}

/** Who a visit is: the person's pseudonym, or an anonymous head count ("Anonymous: 3 people"). */
export function useVisitorName() {
  const { t } = useTranslation();
  return (visit: Pick<Visit, 'pseudonym' | 'headCount'>) =>
    visit.pseudonym ?? t('reception.anonymousPeople', { count: visit.headCount });
}

/** What a site's capacity is counted in: places (day centres, warming shelters), beds (night shelters), or both. */
export function capacities(site: Pick<OccupancySite, 'capacityPlaces' | 'capacityBeds'>) {
  return [
    ...(site.capacityPlaces !== null ? [{ kind: 'places' as const, capacity: site.capacityPlaces }] : []),
    ...(site.capacityBeds !== null ? [{ kind: 'beds' as const, capacity: site.capacityBeds }] : []),
  ];
}

/** An ISO date (YYYY-MM-DD)? */
export const isIsoDate = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
