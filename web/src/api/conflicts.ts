import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { conflictStatuses, resolveConflictBody, syncConflict } from '#core/schemas/sync';
import { api } from './client';
import type { Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type SyncConflict = z.infer<typeof syncConflict>;
export type ConflictSide = SyncConflict['winning'];
export type ConflictStatus = (typeof conflictStatuses)[number];
export type ResolveConflictBody = z.input<typeof resolveConflictBody>;

export interface ConflictListQuery {
  status: ConflictStatus;
  page: number;
  pageSize: number;
}

/**
 * The coordinators' inbox of conflicting offline edits (decision 012). Listing
 * it is an audited read of each person on the page, so it is not refetched on
 * its own; a resolution refreshes it.
 */
const key = ['sync-conflicts'] as const;

export function useConflicts(query: ConflictListQuery) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) => api.get<Page<SyncConflict>>('/api/sync/conflicts', { ...query }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Keeps the client's current value, or takes the other one (then the person's record changes too). */
export function useResolveConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, keep }: { id: string } & ResolveConflictBody) =>
      api.post<SyncConflict>(`/api/sync/conflicts/${encodeURIComponent(id)}/resolve`, { keep }),
    onSuccess: (resolved) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['clients', 'one', resolved.clientId] }),
        queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
      ]),
  });
}
