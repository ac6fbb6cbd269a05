import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  closePlanBody,
  createPlanBody,
  dueList,
  goalBody,
  Plan,
  planList,
  reviewBody,
  stepBody,
  updateGoalBody,
} from '#core/schemas/plans';
import { api } from './client';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { Plan };
export type PlanList = z.infer<typeof planList>;
export type DueList = z.infer<typeof dueList>;
/** Bodies as sent: the schemas' defaults filled in by the form (`z.input` would leave them optional). */
export type CreatePlanBody = z.infer<typeof createPlanBody>;
export type GoalBody = z.infer<typeof goalBody>;
export type StepBody = z.infer<typeof stepBody>;
export type UpdateGoalBody = z.infer<typeof updateGoalBody>;
export type ReviewBody = z.infer<typeof reviewBody>;
export type ClosePlanBody = z.infer<typeof closePlanBody>;
export type DueQuery = { days: number; mine: 'true' | 'false' };

const key = ['plans'] as const;
const enc = encodeURIComponent;

/** A person's support plans, the one in work first (goals, steps, reviews, history). */
export function useClientPlans(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) => api.get<PlanList>(`/api/clients/${enc(clientId)}/plans`, undefined, signal),
    enabled,
  });
}

/** Steps due within the days (or past due) and goals past their target: the worker's own, or everyone's. */
export function usePlansDue(query: DueQuery) {
  return useQuery({
    queryKey: [...key, 'due', query],
    queryFn: ({ signal }) => api.get<DueList>('/api/plans/due', query, signal),
  });
}

/**
 * Every change to a plan answers with the whole plan; the person's plans and the
 * due list are fetched again, since a change shows on both.
 */
function usePlanMutation<V>(fn: (vars: V) => Promise<Plan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Agrees a plan with the person (a 409 when one is already in work). */
export function useCreatePlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.post<Plan>(`/api/clients/${enc(clientId)}/plans`, body),
    // A 409 too: someone else agreed a plan meanwhile, and the page should show it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useAddGoal = () =>
  usePlanMutation(({ planId, body }: { planId: string; body: GoalBody }) =>
    api.post<Plan>(`/api/plans/${enc(planId)}/goals`, body),
  );

/** Changes a goal: here its status (achieved, dropped, open again). */
export const useUpdateGoal = () =>
  usePlanMutation(({ goalId, body }: { goalId: string; body: UpdateGoalBody }) =>
    api.patch<Plan>(`/api/plan-goals/${enc(goalId)}`, body),
  );

export const useAddStep = () =>
  usePlanMutation(({ goalId, body }: { goalId: string; body: StepBody }) =>
    api.post<Plan>(`/api/plan-goals/${enc(goalId)}/steps`, body),
  );

/** Ticks a step done, or not done again. */
export const useTickStep = () =>
  usePlanMutation(({ stepId, done }: { stepId: string; done: boolean }) =>
    api.patch<Plan>(`/api/plan-steps/${enc(stepId)}`, { done }),
  );

export const useAddReview = () =>
  usePlanMutation(({ planId, body }: { planId: string; body: ReviewBody }) =>
    api.post<Plan>(`/api/plans/${enc(planId)}/reviews`, body),
  );

export const useClosePlan = () =>
  usePlanMutation(({ planId, body }: { planId: string; body: ClosePlanBody }) =>
    api.post<Plan>(`/api/plans/${enc(planId)}/close`, body),
  );
