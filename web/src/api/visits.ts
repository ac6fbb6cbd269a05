import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  addVisitServicesBody,
  checkInBody,
  clientVisits,
  daySheet,
  occupancy,
  occupancySite,
  Visit,
} from '#core/schemas/visits';
import { fieldFirst, readingLocally } from '../offline/local';
import { unlockedStore } from '../offline/state';
import { localDaySheet, localOccupancy, queuedVisits } from '../offline/visits';
import { queueCheckIn, queueCheckOut, queueVisitServices, writesQueued } from '../offline/writes';
import { api } from './client';
import { ApiError } from './errors';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { Visit };
export type CheckInBody = z.input<typeof checkInBody>;
export type AddVisitServicesBody = z.input<typeof addVisitServicesBody>;
export type DaySheet = z.infer<typeof daySheet>;
export type Occupancy = z.infer<typeof occupancy>;
export type OccupancySite = z.infer<typeof occupancySite>;
export type ClientVisits = z.infer<typeof clientVisits>;

/**
 * Drop-in visits at the reception desk. Every write changes the day sheet, the
 * occupancy and the person's visits, so each one invalidates everything under
 * `visits`. Other desks check people in too: the desk's lists refresh on their
 * own every half minute while the screen is open.
 */
const key = ['visits'] as const;
const live = 30_000;
const visitPath = (id: string) => `/api/visits/${encodeURIComponent(id)}`;

/** A site's visits of a day (today when `date` is absent) with the day's totals; the read is audited per person. */
export function useDaySheet(siteId: string | null, date: string | undefined) {
  return useQuery({
    queryKey: [...key, 'day-sheet', siteId, date ?? 'today'],
    queryFn: fieldFirst(
      (signal) => api.get<DaySheet>('/api/visits/day-sheet', { siteId, date }, signal),
      (store) => (siteId ? localDaySheet(store, siteId, date) : undefined),
    ),
    enabled: siteId !== null,
    placeholderData: keepPreviousData,
    refetchInterval: live,
  });
}

/** People in now at every active site, against its capacity, and the day's check-ins. */
export function useOccupancy(enabled = true) {
  return useQuery({
    queryKey: [...key, 'occupancy'],
    queryFn: fieldFirst((signal) => api.get<Occupancy>('/api/visits/occupancy', undefined, signal), localOccupancy),
    enabled,
    refetchInterval: live,
  });
}

/** A person's latest visits, newest first (their page). */
export function useClientVisits(clientId: string, limit: number, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId, limit],
    queryFn: ({ signal }) =>
      api.get<ClientVisits>(`/api/clients/${encodeURIComponent(clientId)}/visits`, { limit }, signal),
    enabled,
  });
}

/** A write's answer: the visit, or null when it was queued for a visit the phone does not hold. */
function useVisitWrite<TInput>(send: (input: TInput) => Promise<Visit | null>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/**
 * On a field device without a connection (or when the request could not
 * reach the server) the write goes to the outbox and the desk goes on; the
 * server applies it when the phone syncs (a refusal — the person was in
 * already — then shows in the sync badge). Online, the desk asks the server,
 * which answers at once.
 */
async function onlineOrQueued(
  send: () => Promise<Visit>,
  queue: () => Promise<void>,
  id: string,
): Promise<Visit | null> {
  // A visit checked in on this phone is in its outbox; one recorded online earlier is not.
  const queued = async () => {
    await queue();
    const store = unlockedStore();
    return (store ? queuedVisits(store).find((v) => v.id === id) : undefined) ?? null;
  };
  if (writesQueued() && readingLocally()) return queued();
  try {
    return await send();
  } catch (error) {
    if (writesQueued() && error instanceof ApiError && error.code === 'network') return queued();
    throw error;
  }
}

/**
 * Checks a person or a head count in. The body carries an id made on the desk,
 * so pressing again after a lost answer records nothing twice (the server
 * answers 200 with the visit it already has). 409 `fields.clientId`: the person
 * is already in at this site.
 */
export const useCheckIn = () =>
  useVisitWrite((body: CheckInBody & { id: string }) =>
    onlineOrQueued(
      () => api.post<Visit>('/api/visits', body),
      () => queueCheckIn(body),
      body.id,
    ),
  );

/** Adds services used during an open visit. */
export const useAddVisitServices = () =>
  useVisitWrite(({ visitId, body }: { visitId: string; body: AddVisitServicesBody }) =>
    onlineOrQueued(
      () => api.post<Visit>(`${visitPath(visitId)}/services`, body),
      () => queueVisitServices(visitId, body.services),
      visitId,
    ),
  );

/** Checks a visit out now (a second press changes nothing). */
export const useCheckOut = () =>
  useVisitWrite((visitId: string) =>
    onlineOrQueued(
      () => api.post<Visit>(`${visitPath(visitId)}/check-out`, {}),
      () => queueCheckOut(visitId),
      visitId,
    ),
  );
