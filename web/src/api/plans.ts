import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Plan, planList } from '#core/schemas/plans';
import { api } from './client';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { Plan };
export type PlanList = z.infer<typeof planList>;

const key = ['plans'] as const;

/** A person's support plans, the one in work first (goals, steps, reviews, history). */
export function useClientPlans(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) => api.get<PlanList>(`/api/clients/${encodeURIComponent(clientId)}/plans`, undefined, signal),
    enabled,
  });
}

/** Ticks a step done, or not done again. */
export function useTickStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, done }: { stepId: string; done: boolean }) =>
      api.patch<Plan>(`/api/plan-steps/${encodeURIComponent(stepId)}`, { done }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
