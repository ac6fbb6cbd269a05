import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  contact,
  contactListItem,
  contactListQuery,
  createContactBody,
  followUpItem,
  followUpQuery,
  updateContactBody,
} from '#core/schemas/contacts';
import { queueContact, writesQueued } from '../offline/writes';
import { api } from './client';
import { ApiError } from './errors';
import type { Page } from './types';

export type Contact = z.infer<typeof contact>;
/** A row of a contact list: what was done and for whom, never the notes. */
export type ContactListItem = z.infer<typeof contactListItem>;
export type CreateContactBody = z.input<typeof createContactBody>;
export type UpdateContactBody = z.input<typeof updateContactBody>;
export type ContactListQuery = Partial<z.output<typeof contactListQuery>>;
export type FollowUpItem = z.infer<typeof followUpItem>;
export type FollowUpQuery = Partial<z.output<typeof followUpQuery>>;

/**
 * Contact cards (first, repeat, anonymous) and the follow-ups they set. Lists
 * name people by pseudonym, so they are audited reads on the server and are
 * not kept once the screen lets go of them.
 */
const key = ['contacts'] as const;
const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

/** One page of contacts in the user's scope: a shift's, a person's, or a period's. */
export function useContacts(query: ContactListQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<Page<ContactListItem>>('/api/contacts', query, signal),
    placeholderData: keepPreviousData,
    gcTime: 60_000,
    enabled,
  });
}

/**
 * One card with its notes: an audited read of the person on the server, so it
 * is asked for only while the card is open and not kept after.
 */
export function useContact(id: string | null) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<Contact>(path(id ?? ''), undefined, signal),
    enabled: id !== null,
    gcTime: 0,
    staleTime: 30_000,
  });
}

function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'network';
}

/**
 * Records a contact. The body carries an id made on the phone, so sending it
 * again (a retry after a dropped connection) answers 200 with the record
 * already made instead of a second one. That is why this one mutation is sent
 * whatever the browser thinks of the network (`networkMode: 'always'`) and
 * retried on network errors: a retry can never duplicate.
 */
export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    // On a field device the card goes to the outbox, on disk before "saved" (offline/writes.ts).
    mutationFn: (body: CreateContactBody & { id: string }): Promise<unknown> =>
      writesQueued() ? queueContact(body) : api.post<Contact>('/api/contacts', body),
    networkMode: 'always',
    retry: (failures, error) => failures < 2 && isNetworkError(error),
    retryDelay: 1500,
    // Not awaited: "saved" is said the moment the card is kept, not after the lists are read again.
    onSuccess: () => {
      for (const queryKey of [key, ['follow-ups'], ['shifts', 'report'], ['stock'], ['enrollments']])
        void queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** Corrects a card while its shift is editable; `followUpDone` may be set at any time. */
export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateContactBody }) => api.patch<Contact>(path(id), body),
    // The card open on screen takes the answer as it is: reading it again would be another audited read.
    onSuccess: (updated) =>
      Promise.all([
        queryClient.setQueryData([...key, 'one', updated.id], updated),
        queryClient.invalidateQueries({ queryKey: [...key, 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['follow-ups'] }),
        queryClient.invalidateQueries({ queryKey: ['shifts', 'report'] }),
        queryClient.invalidateQueries({ queryKey: ['outreach'] }),
      ]),
  });
}

/** Open follow-ups in the user's scope, soonest due first (optionally only the overdue ones). */
export function useFollowUps(query: FollowUpQuery) {
  return useQuery({
    queryKey: ['follow-ups', query],
    queryFn: ({ signal }) => api.get<Page<FollowUpItem>>('/api/follow-ups', query, signal),
    placeholderData: keepPreviousData,
    gcTime: 60_000,
  });
}
