import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planStatistics } from '#core/schemas/plans';
import { api } from './client';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type PlanStatistics = z.infer<typeof planStatistics>;

/**
 * Plans agreed in a period, those with a goal achieved and their goals by
 * domain. Under the plans' own key, so every plan write refreshes the figures;
 * only `from` and `to` are sent — the route refuses any other parameter.
 */
export function usePlanStatistics(query: { from: string; to: string }, enabled = true) {
  const params = { from: query.from, to: query.to };
  return useQuery({
    queryKey: ['plans', 'statistics', params],
    queryFn: ({ signal }) => api.get<PlanStatistics>('/api/plans/statistics', params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
