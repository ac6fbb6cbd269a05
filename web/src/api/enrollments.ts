import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { enrollment, exitReviewItem, exitReviewQuery, updateEnrollmentBody } from '#core/schemas/enrollments';
import { api } from './client';
import type { Items, Page } from './types';

export type Enrollment = z.infer<typeof enrollment>;
export type ExitReviewItem = z.infer<typeof exitReviewItem>;
export type ExitReviewQuery = Partial<z.output<typeof exitReviewQuery>>;
export type UpdateEnrollmentBody = z.input<typeof updateEnrollmentBody>;

/**
 * Programme episodes: opened by the first contact in a programme, extended by
 * every later one, closed by a worker with an exit date and reason.
 */
const key = ['enrollments'] as const;

export function useEnrollments(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) =>
      api.get<Items<Enrollment>>(`/api/clients/${encodeURIComponent(clientId)}/enrollments`, undefined, signal),
    enabled,
  });
}

/** Open episodes with no activity for `days` days (the organisation's setting when left out). */
export function useExitReview(query: ExitReviewQuery) {
  return useQuery({
    queryKey: [...key, 'exit-review', query],
    queryFn: ({ signal }) => api.get<Page<ExitReviewItem>>('/api/enrollments/exit-review', query, signal),
    placeholderData: keepPreviousData,
    gcTime: 60_000,
  });
}

/** Sets the engagement date or records the exit (date and reason together). */
export function useUpdateEnrollment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateEnrollmentBody }) =>
      api.patch<Enrollment>(`/api/enrollments/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
