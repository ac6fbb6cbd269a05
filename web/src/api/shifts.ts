import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createShiftBody, shift, shiftListQuery, updateShiftBody } from '#core/schemas/shifts';
import type { workReport } from '#core/schemas/work-report';
import { fieldFirst } from '../offline/local';
import { localShift, localShifts } from '../offline/readers';
import { api } from './client';
import type { Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type Shift = z.infer<typeof shift>;
export type CreateShiftBody = z.input<typeof createShiftBody>;
export type UpdateShiftBody = z.input<typeof updateShiftBody>;
export type ShiftListQuery = Partial<z.output<typeof shiftListQuery>>;
export type WorkReport = z.infer<typeof workReport>;
export type ShiftStep = 'open' | 'submit' | 'approve' | 'return';

/**
 * Outreach shifts ("dyżur w terenie"): plan, start, submit; the coordinator
 * approves or returns the work report. A write answers with the shift, which
 * replaces the cached one; lists and the report are refetched.
 */
const key = ['shifts'] as const;
const path = (id: string) => `/api/shifts/${encodeURIComponent(id)}`;
const oneKey = (id: string) => [...key, 'one', id] as const;
const reportKey = (id: string) => [...key, 'report', id] as const;

/** The PDF of a shift's work report, in the reader's language (a plain link: the browser shows or saves it). */
export const workReportPdfPath = (id: string) => `${path(id)}/report.pdf`;
/** A blank paper contact card to print, for days without a phone. */
export const blankCardPdfPath = (kind: 'first' | 'repeat') => `/api/print/contact-cards/${kind}`;

function afterShiftWrite(queryClient: QueryClient, updated: Shift) {
  queryClient.setQueryData(oneKey(updated.id), updated);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...key, 'list'] }),
    queryClient.invalidateQueries({ queryKey: reportKey(updated.id) }),
    queryClient.invalidateQueries({ queryKey: ['outreach'] }),
  ]);
}

/** One page of the shifts in the user's scope, filtered on the server. */
export function useShifts(query: ShiftListQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: fieldFirst(
      (signal) => api.get<Page<Shift>>('/api/shifts', query, signal),
      (store) => localShifts(store, query),
    ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useShift(id: string, enabled = true) {
  return useQuery({
    queryKey: oneKey(id),
    queryFn: fieldFirst(
      (signal) => api.get<Shift>(path(id), undefined, signal),
      (store) => localShift(store, id),
    ),
    enabled,
  });
}

export function useCreateShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShiftBody) => api.post<Shift>('/api/shifts', body),
    onSuccess: (created) => afterShiftWrite(queryClient, created),
  });
}

/** Changes a shift while it is planned, open or returned (times, place, members, narrative, incidents). */
export function useUpdateShift(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateShiftBody) => api.patch<Shift>(path(id), body),
    onSuccess: (updated) => afterShiftWrite(queryClient, updated),
  });
}

/**
 * One step of the status flow: start (open), submit, approve, or return with a
 * comment. The server refuses a step that does not fit the current status.
 */
export function useShiftStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, comment }: { step: ShiftStep; comment?: string }) =>
      api.post<Shift>(`${path(id)}/${step}`, step === 'return' ? { comment } : undefined),
    onSuccess: (updated) => afterShiftWrite(queryClient, updated),
  });
}

/** The work report ("raport z pracy"), computed by the server from the shift's records. */
export function useWorkReport(id: string) {
  return useQuery({
    queryKey: reportKey(id),
    queryFn: ({ signal }) => api.get<WorkReport>(`${path(id)}/report`, undefined, signal),
    staleTime: 0,
  });
}
