import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  HealthTest,
  healthTestList,
  recordHealthTestBody,
  testStatistics,
  updateHealthTestBody,
} from '#core/schemas/health-tests';
import { api } from './client';
import { type StatisticsQuery, statisticsParams } from './indoorStats';

export type { HealthTest };
export type HealthTestList = z.infer<typeof healthTestList>;
export type RecordHealthTestBody = z.input<typeof recordHealthTestBody>;
export type UpdateHealthTestBody = z.input<typeof updateHealthTestBody>;
export type TestStatistics = z.infer<typeof testStatistics>;

const key = ['health-tests'] as const;

/** A person's tests; the result and linkage come only to medical counsellors (`medical` is null otherwise). */
export function useClientHealthTests(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) =>
      api.get<HealthTestList>(`/api/clients/${encodeURIComponent(clientId)}/health-tests`, undefined, signal),
    enabled,
  });
}

/** Tests done, reactive, referred and linked per type; small counts are null for readers who see no results. */
export function useTestStatistics(query: StatisticsQuery, enabled = true) {
  const params = statisticsParams(query);
  return useQuery({
    queryKey: [...key, 'statistics', params],
    queryFn: ({ signal }) => api.get<TestStatistics>('/api/health-tests/statistics', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useTestWrite<TInput>(send: (input: TInput) => Promise<HealthTest>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useRecordHealthTest = () =>
  useTestWrite((body: RecordHealthTestBody) => api.post<HealthTest>('/api/health-tests', body));

export const useUpdateHealthTest = () =>
  useTestWrite(({ id, body }: { id: string; body: UpdateHealthTestBody }) =>
    api.patch<HealthTest>(`/api/health-tests/${encodeURIComponent(id)}`, body),
  );
