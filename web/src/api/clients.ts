import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  client,
  clientAccessEntry,
  clientListItem,
  clientListQuery,
  clientMerge,
  clientSearchBody,
  clientSummary,
  consent,
  createClientBody,
  createConsentBody,
  createdClient,
  duplicateCheckBody,
  identityEnvelope,
  saveIdentityBody,
  updateClientBody,
  withdrawConsentBody,
} from '#core/schemas/clients';
import { fieldFirst } from '../offline/local';
import { localClientSearch } from '../offline/readers';
import { queueClient, writesQueued } from '../offline/writes';
import { api } from './client';
import type { Items, Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type Client = z.infer<typeof client>;
export type ClientSummary = z.infer<typeof clientSummary>;
/** A row of the list of all clients: the summary and a few plain columns, never decrypted fields. */
export type ClientListItem = z.infer<typeof clientListItem>;
export type CreatedClient = z.infer<typeof createdClient>;
export type CreateClientBody = z.input<typeof createClientBody>;
export type UpdateClientBody = z.input<typeof updateClientBody>;
export type ClientSearchBody = z.input<typeof clientSearchBody>;
export type DuplicateCheckBody = z.input<typeof duplicateCheckBody>;
export type ClientListQuery = Partial<z.output<typeof clientListQuery>>;
export type Consent = z.infer<typeof consent>;
export type CreateConsentBody = z.input<typeof createConsentBody>;
export type WithdrawConsentBody = z.input<typeof withdrawConsentBody>;
export type ClientAccessEntry = z.infer<typeof clientAccessEntry>;
export type ClientMerge = z.infer<typeof clientMerge>;
export type IdentityEnvelope = z.infer<typeof identityEnvelope>;
export type IdentityRecord = NonNullable<IdentityEnvelope['identity']>;
export type SaveIdentityBody = z.input<typeof saveIdentityBody>;

/**
 * People served. An anonymous code is personal data: it only ever travels in a
 * POST body (search, duplicates, create, set code), never in a URL or a query
 * key that outlives the screen. Reading a client is audited on the server, so
 * the record is cached and updated from write answers rather than refetched.
 */
const key = ['clients'] as const;
const path = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const oneKey = (id: string) => [...key, 'one', id] as const;
const consentsKey = (id: string) => [...key, 'consents', id] as const;
const accessLogKey = (id: string) => [...key, 'access-log', id] as const;
const mergesKey = (id: string) => [...key, 'merges', id] as const;

/** Lists and look-ups that a write can change (the records themselves are updated in place). */
function invalidateLists(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...key, 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...key, 'search'] }),
    queryClient.invalidateQueries({ queryKey: [...key, 'duplicates'] }),
  ]);
}

/**
 * Finds people by pseudonym (similar spellings too) and/or anonymous code; null
 * means "nothing to search for yet". Results are forgotten as soon as the
 * screen lets go of them (gcTime 0): the key holds what was typed.
 */
export function useClientSearch(body: ClientSearchBody | null) {
  return useQuery({
    queryKey: [...key, 'search', body],
    queryFn: fieldFirst(
      () => api.post<Items<ClientSummary>>('/api/clients/search', body),
      (store) => localClientSearch(store, body ?? {}),
    ),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    gcTime: 0,
    staleTime: 0,
  });
}

/** "Is this the same person?": people with the same code or a similar pseudonym. */
export function useDuplicateCheck(body: DuplicateCheckBody | null) {
  return useQuery({
    queryKey: [...key, 'duplicates', body],
    queryFn: fieldFirst(
      () => api.post<Items<ClientSummary>>('/api/clients/duplicates', body),
      (store) => localClientSearch(store, { q: body?.pseudonym, includeClosed: true }),
    ),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    gcTime: 0,
    staleTime: 0,
  });
}

/** One page of all clients (roles that may read clients), filtered on the server. */
export function useClients(query: ClientListQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<Page<ClientListItem>>('/api/clients', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One client's record (the read is audited: "who opened this record"). */
export function useClient(id: string) {
  return useQuery({
    queryKey: oneKey(id),
    queryFn: ({ signal }) => api.get<Client>(path(id), undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    // On a field device the person is queued (offline/writes.ts) with an id made here.
    mutationFn: (body: CreateClientBody) =>
      writesQueued()
        ? queueClient({ ...body, id: body.id ?? uuidv7() })
        : api.post<CreatedClient>('/api/clients', body),
    networkMode: 'always',
    onSuccess: () => invalidateLists(queryClient),
  });
}

/** Keeps the cached record and its access log in step after a write. */
function useClientWrite<TBody>(id: string, send: (body: TBody) => Promise<Client>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (updated) => {
      queryClient.setQueryData(oneKey(id), updated);
      return Promise.all([invalidateLists(queryClient), queryClient.invalidateQueries({ queryKey: accessLogKey(id) })]);
    },
  });
}

export const useUpdateClient = (id: string) =>
  useClientWrite(id, (body: UpdateClientBody) => api.patch<Client>(path(id), body));

/** Replaces a temporary or wrong code with the person's full code (sent in the body). */
export const useSetClientCode = (id: string) =>
  useClientWrite(id, (code: string) => api.post<Client>(`${path(id)}/code`, { code }));

/**
 * Opens the identity record with a reason ("break the glass"). The answer is
 * kept only in the mutation's state, so it disappears with the section.
 */
export function useOpenIdentity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<IdentityEnvelope>(`${path(id)}/identity/open`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessLogKey(id) }),
  });
}

export function useSaveIdentity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveIdentityBody) => api.put<IdentityEnvelope>(`${path(id)}/identity`, body),
    onSuccess: (result) => {
      queryClient.setQueryData<Client>(oneKey(id), (old) =>
        old ? { ...old, hasIdentity: result.identity !== null } : old,
      );
      return queryClient.invalidateQueries({ queryKey: accessLogKey(id) });
    },
  });
}

export function useConsents(id: string) {
  return useQuery({
    queryKey: consentsKey(id),
    queryFn: ({ signal }) => api.get<Items<Consent>>(`${path(id)}/consents`, undefined, signal),
  });
}

export function useCreateConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsentBody) => api.post<Consent>(`${path(id)}/consents`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsKey(id) }),
  });
}

export function useWithdrawConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, body }: { consentId: string; body: WithdrawConsentBody }) =>
      api.post<Consent>(`${path(id)}/consents/${encodeURIComponent(consentId)}/withdraw`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsKey(id) }),
  });
}

/** "Who opened this record": reads and changes of one client, newest first. */
export function useAccessLog(id: string) {
  return useQuery({
    queryKey: accessLogKey(id),
    queryFn: ({ signal }) => api.get<Items<ClientAccessEntry>>(`${path(id)}/access-log`, undefined, signal),
  });
}

/** Merges of duplicates into this client. */
export function useMerges(id: string) {
  return useQuery({
    queryKey: mergesKey(id),
    queryFn: ({ signal }) => api.get<Items<ClientMerge>>(`${path(id)}/merges`, undefined, signal),
  });
}

function invalidateAfterMerge(queryClient: QueryClient, keptId: string, mergedId: string) {
  // The duplicate's status changes (merged / back to what it was): drop its cached record.
  queryClient.removeQueries({ queryKey: oneKey(mergedId) });
  return Promise.all([
    invalidateLists(queryClient),
    queryClient.invalidateQueries({ queryKey: mergesKey(keptId) }),
    queryClient.invalidateQueries({ queryKey: accessLogKey(keptId) }),
  ]);
}

/** Merges the duplicate into the client `keptId`; every record of the duplicate moves over. */
export function useMergeClient(keptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: string) => api.post<ClientMerge>(`${path(keptId)}/merge`, { duplicateId }),
    onSuccess: (merge) => invalidateAfterMerge(queryClient, keptId, merge.mergedId),
  });
}

/** Undoes a merge: the duplicate and its records come back. */
export function useUndoMerge(keptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => api.post<ClientMerge>(`/api/client-merges/${encodeURIComponent(mergeId)}/undo`),
    onSuccess: (merge) => invalidateAfterMerge(queryClient, keptId, merge.mergedId),
  });
}
