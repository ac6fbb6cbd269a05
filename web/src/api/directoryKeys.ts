import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiKey, apiKeyCreated, createApiKeyBody } from '#core/schemas/api-keys';
import { api } from './client';
import type { Items } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type DirectoryKey = z.infer<typeof apiKey>;
/** A key as just made: the only answer that carries its token. */
export type CreatedDirectoryKey = z.infer<typeof apiKeyCreated>;
export type CreateDirectoryKeyBody = z.input<typeof createApiKeyBody>;

/** The organisation's keys partner systems read the HSDS export with (docs/decisions/017). */
const key = ['directory-keys'] as const;

/** Every key, live ones first; never their tokens. */
export function useDirectoryKeys() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<Items<DirectoryKey>>('/api/directory-keys', undefined, signal),
  });
}

/** Makes a key for a partner's system; its token is in this answer only, so the caller must show it now. */
export function useCreateDirectoryKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDirectoryKeyBody) => api.post<CreatedDirectoryKey>('/api/directory-keys', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Revokes a key: the partner's next request with it is refused. */
export function useRevokeDirectoryKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<DirectoryKey>(`/api/directory-keys/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
