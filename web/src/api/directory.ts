import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { directoryUser } from '#core/schemas/clients';
import { api } from './client';
import type { Items } from './types';

export type DirectoryUser = z.infer<typeof directoryUser>;

/** Active colleagues (id and name only), for pickers such as "assigned worker". Any signed-in user may ask. */
export function useDirectoryUsers(enabled = true) {
  return useQuery({
    queryKey: ['directory', 'users'],
    queryFn: ({ signal }) => api.get<Items<DirectoryUser>>('/api/directory/users', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}
