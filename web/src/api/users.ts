import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  CreateUserBody,
  Items,
  ListUsersQuery,
  Ok,
  OneTimePassword,
  Page,
  SessionList,
  UpdateUserBody,
  User,
} from './types';

const key = ['users'] as const;
const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/** One page of users, filtered and paged on the server. */
export function useUsers(query: ListUsersQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<Page<User>>('/api/users', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * Every user, for pickers (team members). Pages through the list so a big
 * organisation is not cut off at the first page.
 */
export function useAllUsers(enabled = true) {
  return useQuery({
    queryKey: [...key, 'all'],
    enabled,
    queryFn: async ({ signal }): Promise<Items<User>> => {
      const items: User[] = [];
      for (let page = 1; page <= 100; page++) {
        const result = await api.get<Page<User>>('/api/users', { page, pageSize: 200 }, signal);
        items.push(...result.items);
        if (items.length >= result.total || result.items.length === 0) break;
      }
      return { items };
    },
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<User>(path(id), undefined, signal),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<OneTimePassword>('/api/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => api.patch<User>(path(id), body),
    onSuccess: (user) => {
      queryClient.setQueryData([...key, 'one', id], user);
      return queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<OneTimePassword>(`${path(id)}/reset-password`),
    onSuccess: (result) => queryClient.setQueryData([...key, 'one', id], result.user),
  });
}

export function useUserSessions(id: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'sessions', id],
    queryFn: ({ signal }) => api.get<SessionList>(`${path(id)}/sessions`, undefined, signal),
    enabled,
  });
}

export function useRevokeUserSessions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<Ok>(`${path(id)}/sessions`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'sessions', id] }),
  });
}
