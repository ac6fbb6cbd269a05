import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Ok, SessionList } from './types';

const key = ['me', 'sessions'] as const;

/** The signed-in user's own sessions (devices). */
export function useMySessions() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<SessionList>('/api/me/sessions', undefined, signal),
  });
}

export function useRevokeMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<Ok>(`/api/me/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
