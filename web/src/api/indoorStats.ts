import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { visitStatistics } from '#core/schemas/visits';
import { api } from './client';

export type VisitStatistics = z.infer<typeof visitStatistics>;

/** Visits, people, services and occupancy per site over a period (no person named). */
export function useVisitStatistics(query: { from: string; to: string; siteId?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: ['visits', 'statistics', query],
    queryFn: ({ signal }) => api.get<VisitStatistics>('/api/visits/statistics', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
