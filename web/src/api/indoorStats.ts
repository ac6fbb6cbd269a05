import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { visitStatistics } from '#core/schemas/visits';
import { api } from './client';

export type VisitStatistics = z.infer<typeof visitStatistics>;

/** A period (and site) of the indoor statistics. */
export interface StatisticsQuery {
  from: string;
  to: string;
  siteId?: string | undefined;
}

/**
 * Exactly the parameters the statistics routes take: the routes refuse any
 * other, and a screen's period object carries more (whether it is valid).
 */
export function statisticsParams(query: StatisticsQuery): StatisticsQuery {
  return { from: query.from, to: query.to, ...(query.siteId ? { siteId: query.siteId } : {}) };
}

/** Visits, people, services and occupancy per site over a period (no person named). */
export function useVisitStatistics(query: StatisticsQuery, enabled = true) {
  const params = statisticsParams(query);
  return useQuery({
    queryKey: ['visits', 'statistics', params],
    queryFn: ({ signal }) => api.get<VisitStatistics>('/api/visits/statistics', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
