import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  addToWaitingListBody,
  createHousingUnitBody,
  createPlacementBody,
  endPlacementBody,
  HousingOccupancy,
  HousingUnit,
  movedPlacement,
  movePlacementBody,
  Placement,
  PlacementStatus,
  updateHousingUnitBody,
  updatePlacementBody,
  WaitingListEntry,
  WaitingStatus,
} from '#core/schemas/housing';
import { api } from './client';
import type { Items, Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { HousingOccupancy, HousingUnit, Placement, PlacementStatus, WaitingListEntry, WaitingStatus };
export type CreateHousingUnitBody = z.input<typeof createHousingUnitBody>;
export type UpdateHousingUnitBody = z.input<typeof updateHousingUnitBody>;
export type CreatePlacementBody = z.input<typeof createPlacementBody>;
export type UpdatePlacementBody = z.input<typeof updatePlacementBody>;
export type EndPlacementBody = z.input<typeof endPlacementBody>;
export type MovePlacementBody = z.input<typeof movePlacementBody>;
export type MovedPlacement = z.infer<typeof movedPlacement>;
export type AddToWaitingListBody = z.input<typeof addToWaitingListBody>;

/**
 * Beds and housing: a site's beds and rooms, the stays in them and its waiting
 * list. A write changes the board, the lists, the occupancy history and the
 * person's stays at once (placing also marks a waiting entry placed), so every
 * one invalidates everything under `housing`; a stay that begins or ends also
 * opens or extends the person's housing enrollment.
 */
const key = ['housing'] as const;
const enc = encodeURIComponent;
const sitePath = (siteId: string) => `/api/sites/${enc(siteId)}`;
const placementPath = (id: string) => `/api/placements/${enc(id)}`;

/** A site's beds and rooms, in use first, each with who is in it today. */
export function useHousingUnits(siteId: string | null) {
  return useQuery({
    queryKey: [...key, 'units', siteId],
    queryFn: ({ signal }) => api.get<Items<HousingUnit>>(`${sitePath(siteId ?? '')}/units`, undefined, signal),
    enabled: siteId !== null,
  });
}

/** A site's placements in one status, a page at a time (upcoming by start, ended newest first). */
export function useSitePlacements(siteId: string | null, status: PlacementStatus, page = 1, pageSize?: number) {
  return useQuery({
    queryKey: [...key, 'placements', siteId, status, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Placement>>(`${sitePath(siteId ?? '')}/placements`, { status, page, pageSize }, signal),
    enabled: siteId !== null,
    placeholderData: keepPreviousData,
  });
}

/** A site's waiting list: waiting people urgent first, then longest waiting. */
export function useWaitingList(siteId: string | null, page = 1, status: WaitingStatus = 'waiting') {
  return useQuery({
    queryKey: [...key, 'waiting', siteId, status, page],
    queryFn: ({ signal }) =>
      api.get<Page<WaitingListEntry>>(`${sitePath(siteId ?? '')}/waiting-list`, { status, page }, signal),
    enabled: siteId !== null,
    placeholderData: keepPreviousData,
  });
}

/** How many beds or rooms were taken on each day of a period (at most 366 days). */
export function useHousingOccupancy(siteId: string | null, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'occupancy', siteId, from, to],
    queryFn: ({ signal }) =>
      api.get<HousingOccupancy>(`${sitePath(siteId ?? '')}/housing-occupancy`, { from, to }, signal),
    enabled: enabled && siteId !== null,
    placeholderData: keepPreviousData,
  });
}

/** A person's stays at every site, latest first (an audited read of the person). */
export function useClientPlacements(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) => api.get<Items<Placement>>(`/api/clients/${enc(clientId)}/placements`, undefined, signal),
    enabled,
  });
}

function useHousingWrite<TInput, TResult>(send: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['enrollments'] }),
      ]),
  });
}

/** Adds a bed or a room to a site (409 `label` when the site has one of that name). */
export const useCreateHousingUnit = () =>
  useHousingWrite(({ siteId, body }: { siteId: string; body: CreateHousingUnitBody }) =>
    api.post<HousingUnit>(`${sitePath(siteId)}/units`, body),
  );

/** Renames a unit, or takes it out of use / back (409 `active` while someone is placed there now or later). */
export const useUpdateHousingUnit = () =>
  useHousingWrite(({ unitId, body }: { unitId: string; body: UpdateHousingUnitBody }) =>
    api.patch<HousingUnit>(`/api/housing-units/${enc(unitId)}`, body),
  );

/**
 * Places a person in a bed or room from a day. 409 `fields.unitId`: the unit is
 * taken on some of those days; `fields.clientId`: the person is placed elsewhere then.
 */
export const useCreatePlacement = () =>
  useHousingWrite((body: CreatePlacementBody) => api.post<Placement>('/api/placements', body));

/** Sets or clears a stay's planned end. */
export const useUpdatePlacement = () =>
  useHousingWrite(({ placementId, body }: { placementId: string; body: UpdatePlacementBody }) =>
    api.patch<Placement>(placementPath(placementId), body),
  );

/** Ends a stay on a day (the unit is free from that day) with how it ended. */
export const useEndPlacement = () =>
  useHousingWrite(({ placementId, body }: { placementId: string; body: EndPlacementBody }) =>
    api.post<Placement>(`${placementPath(placementId)}/end`, body),
  );

/** Moves a stay to another bed or room from a day; answers both stays. */
export const useMovePlacement = () =>
  useHousingWrite(({ placementId, body }: { placementId: string; body: MovePlacementBody }) =>
    api.post<MovedPlacement>(`${placementPath(placementId)}/move`, body),
  );

/** Puts a person on a site's waiting list (409 `clientId` when they wait there already). */
export const useAddToWaitingList = () =>
  useHousingWrite(({ siteId, body }: { siteId: string; body: AddToWaitingListBody }) =>
    api.post<WaitingListEntry>(`${sitePath(siteId)}/waiting-list`, body),
  );

/** Takes a person off a waiting list (they no longer wait). */
export const useWithdrawFromWaitingList = () =>
  useHousingWrite((entryId: string) => api.post<WaitingListEntry>(`/api/waiting-list/${enc(entryId)}/withdraw`, {}));
