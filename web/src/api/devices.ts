import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { device } from '#core/schemas/sync';
import { api } from './client';
import type { Items } from './types';

export type Device = z.infer<typeof device>;

const key = ['devices'] as const;

/** The caller's field devices; an admin's list holds every device of the organisation. */
export function useDevices() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<Items<Device>>('/api/devices', undefined, signal),
  });
}

/** Revokes a device: at its next sync it deletes its store and keys. */
export function useRevokeDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Device>(`/api/devices/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
