import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outreachStatisticsResponse, statisticsGroupings, workerMonitoring } from '#core/schemas/outreach-stats';
import { api } from './client';

export type OutreachStatistics = z.infer<typeof outreachStatisticsResponse>;
export type StatisticsFigures = OutreachStatistics['totals'];
export type StatisticsGrouping = (typeof statisticsGroupings)[number];
export type WorkerMonitoring = z.infer<typeof workerMonitoring>;
export type WorkerFigures = WorkerMonitoring['items'][number];

export interface PeriodQuery {
  from: string;
  to: string;
}

/** Outreach in numbers for a period, optionally grouped (viewers get small counts suppressed). */
export function useOutreachStatistics(query: PeriodQuery & { groupBy: StatisticsGrouping }, enabled = true) {
  return useQuery({
    queryKey: ['outreach', 'statistics', query],
    queryFn: ({ signal }) => api.get<OutreachStatistics>('/api/outreach/statistics', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Each worker's shifts, hours, contacts, new people, overdue follow-ups and reports waiting. */
export function useWorkerMonitoring(query: PeriodQuery & { teamId?: string }, enabled = true) {
  return useQuery({
    queryKey: ['outreach', 'workers', query],
    queryFn: ({ signal }) => api.get<WorkerMonitoring>('/api/outreach/workers', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
