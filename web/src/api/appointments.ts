import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Appointment,
  AppointmentDetail,
  appointmentList,
  appointmentStatistics,
  createAppointmentBody,
} from '#core/schemas/appointments';
import type { directoryCounsellor } from '#core/schemas/users';
import { api } from './client';
import { type StatisticsQuery, statisticsParams } from './indoorStats';
import type { Items } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { Appointment, AppointmentDetail };
export type AppointmentList = z.infer<typeof appointmentList>;
export type AppointmentStatistics = z.infer<typeof appointmentStatistics>;
export type CreateAppointmentBody = z.input<typeof createAppointmentBody>;
export type Counsellor = z.infer<typeof directoryCounsellor>;

/** Every write changes the calendar, the appointment and the person's list: all live under one key. */
const key = ['appointments'] as const;
const path = (id: string) => `/api/appointments/${encodeURIComponent(id)}`;

export interface CalendarQuery {
  from: string;
  to: string;
  counsellorId?: string | undefined;
  siteId?: string | undefined;
}

/** The calendar over some days (never notes). */
export function useAppointments(query: CalendarQuery) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ signal }) => api.get<AppointmentList>('/api/appointments', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One appointment; its notes come only to a counsellor of its discipline. The read is audited. */
export function useAppointment(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<AppointmentDetail>(path(id), undefined, signal),
  });
}

/** A person's appointments, newest first (their page). */
export function useClientAppointments(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) =>
      api.get<AppointmentList>(`/api/clients/${encodeURIComponent(clientId)}/appointments`, undefined, signal),
    enabled,
  });
}

/** Counsellors with their disciplines, for booking. */
export function useCounsellors(enabled = true) {
  return useQuery({
    queryKey: ['directory', 'counsellors'],
    queryFn: ({ signal }) => api.get<Items<Counsellor>>('/api/directory/counsellors', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Appointments by discipline and status over a period, and the people seen. */
export function useAppointmentStatistics(query: StatisticsQuery, enabled = true) {
  const params = statisticsParams(query);
  return useQuery({
    queryKey: [...key, 'statistics', params],
    queryFn: ({ signal }) => api.get<AppointmentStatistics>('/api/appointments/statistics', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useAppointmentWrite<TInput>(send: (input: TInput) => Promise<AppointmentDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useScheduleAppointment = () =>
  useAppointmentWrite((body: CreateAppointmentBody) => api.post<AppointmentDetail>('/api/appointments', body));

export const useSetAppointmentStatus = () =>
  useAppointmentWrite(({ id, status }: { id: string; status: 'done' | 'no_show' | 'cancelled' }) =>
    api.post<AppointmentDetail>(`${path(id)}/status`, { status }),
  );

export const useWriteAppointmentNotes = () =>
  useAppointmentWrite(({ id, notes }: { id: string; notes: string }) =>
    api.put<AppointmentDetail>(`${path(id)}/notes`, { notes }),
  );
