import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldFirst } from '../offline/local';
import { localAreas, localSites, localTeams } from '../offline/readers';
import type { FieldStore } from '../offline/store';
import { api } from './client';
import type {
  Area,
  CreateAreaBody,
  CreateSiteBody,
  CreateSpotBody,
  CreateTeamBody,
  Items,
  Site,
  Spot,
  Team,
  UpdateAreaBody,
  UpdateSiteBody,
  UpdateSpotBody,
  UpdateTeamBody,
} from './types';

// Sites, teams and areas are small lists loaded whole; every change refetches
// the list so all open screens agree.

function useList<T>(
  key: string,
  path: string,
  enabled = true,
  local: (store: FieldStore) => Items<T> | undefined = () => undefined,
) {
  return useQuery({
    queryKey: [key],
    queryFn: fieldFirst((signal) => api.get<Items<T>>(path, undefined, signal), local),
    enabled,
  });
}

function useWrite<TBody, TResult>(key: string, send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [key] }),
  });
}

const id = (value: string) => encodeURIComponent(value);

export const useSites = (enabled = true) => useList<Site>('sites', '/api/sites', enabled, localSites);
export const useCreateSite = () => useWrite('sites', (body: CreateSiteBody) => api.post<Site>('/api/sites', body));
export const useUpdateSite = () =>
  useWrite('sites', ({ siteId, body }: { siteId: string; body: UpdateSiteBody }) =>
    api.patch<Site>(`/api/sites/${id(siteId)}`, body),
  );

export const useTeams = (enabled = true) => useList<Team>('teams', '/api/teams', enabled, localTeams);
export const useCreateTeam = () => useWrite('teams', (body: CreateTeamBody) => api.post<Team>('/api/teams', body));
export const useUpdateTeam = () =>
  useWrite('teams', ({ teamId, body }: { teamId: string; body: UpdateTeamBody }) =>
    api.patch<Team>(`/api/teams/${id(teamId)}`, body),
  );

export const useAreas = (enabled = true) => useList<Area>('areas', '/api/areas', enabled, localAreas);
export const useCreateArea = () => useWrite('areas', (body: CreateAreaBody) => api.post<Area>('/api/areas', body));
export const useUpdateArea = () =>
  useWrite('areas', ({ areaId, body }: { areaId: string; body: UpdateAreaBody }) =>
    api.patch<Area>(`/api/areas/${id(areaId)}`, body),
  );
export const useCreateSpot = () =>
  useWrite('areas', ({ areaId, body }: { areaId: string; body: CreateSpotBody }) =>
    api.post<Spot>(`/api/areas/${id(areaId)}/spots`, body),
  );
export const useUpdateSpot = () =>
  useWrite('areas', ({ spotId, body }: { spotId: string; body: UpdateSpotBody }) =>
    api.patch<Spot>(`/api/spots/${id(spotId)}`, body),
  );
