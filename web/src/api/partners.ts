import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ServiceType, TargetGroup } from '#core/directory/taxonomy';
import type {
  createPartnerBody,
  createPartnerLocationBody,
  createPartnerServiceBody,
  OpeningHours,
  Partner,
  PartnerContact,
  PartnerLocation,
  PartnerService,
  partnerDetail,
  partnerListItem,
  partnerServiceStatuses,
  updatePartnerBody,
  updatePartnerLocationBody,
  updatePartnerServiceBody,
} from '#core/schemas/partners';
import { localPartnerServices } from '../offline/directory';
import { fieldFirst } from '../offline/local';
import { api } from './client';
import type { Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { OpeningHours, Partner, PartnerContact, PartnerLocation, PartnerService, ServiceType, TargetGroup };
export type PartnerDetail = z.infer<typeof partnerDetail>;
export type PartnerListItem = z.infer<typeof partnerListItem>;
export type PartnerServiceStatus = (typeof partnerServiceStatuses)[number];
export type CreatePartnerBody = z.input<typeof createPartnerBody>;
export type UpdatePartnerBody = z.input<typeof updatePartnerBody>;
export type CreatePartnerLocationBody = z.input<typeof createPartnerLocationBody>;
export type UpdatePartnerLocationBody = z.input<typeof updatePartnerLocationBody>;
export type CreatePartnerServiceBody = z.input<typeof createPartnerServiceBody>;
export type UpdatePartnerServiceBody = z.input<typeof updatePartnerServiceBody>;

/** What the directory can be asked for: name, a type of service, a target group, active or not, a page. */
export interface PartnerListQuery {
  q?: string | undefined;
  serviceType?: ServiceType | undefined;
  targetGroup?: TargetGroup | undefined;
  active?: 'true' | 'false' | 'all' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** What the search of services across partners takes. */
export type PartnerServiceQuery = Omit<PartnerListQuery, 'active'>;

/**
 * Exactly the parameters the list routes take, set ones only: the routes refuse
 * any other (400), and a screen's search object may carry more.
 */
export function partnerListParams(query: PartnerListQuery): PartnerListQuery {
  const picked: PartnerListQuery = {
    q: query.q?.trim() || undefined,
    serviceType: query.serviceType,
    targetGroup: query.targetGroup,
    active: query.active,
    page: query.page,
    pageSize: query.pageSize,
  };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as PartnerListQuery;
}

/** The same for the services search, which has no `active` (it lists active partners' services). */
export function partnerServiceParams(query: PartnerServiceQuery): PartnerServiceQuery {
  const { active: _active, ...rest } = partnerListParams(query);
  return rest;
}

/**
 * The partner directory: partners, their places and services. A write changes
 * the directory's rows (counts, service types), the partner's page and the
 * services search at once, so each one invalidates everything under `partners`.
 */
const key = ['partners'] as const;
const enc = encodeURIComponent;

/** One page of the directory, by name, filtered by service type and target group. */
export function usePartners(query: PartnerListQuery) {
  const params = partnerListParams(query);
  return useQuery({
    queryKey: [...key, 'list', params],
    queryFn: ({ signal }) => api.get<Page<PartnerListItem>>('/api/partners', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One partner with its places and services. */
export function usePartner(partnerId: string) {
  return useQuery({
    queryKey: [...key, 'one', partnerId],
    queryFn: ({ signal }) => api.get<PartnerDetail>(`/api/partners/${enc(partnerId)}`, undefined, signal),
  });
}

/** Services to refer a person to, across active partners, by name, type or target group. */
export function usePartnerServices(query: PartnerServiceQuery, enabled = true) {
  const params = partnerServiceParams(query);
  return useQuery({
    queryKey: [...key, 'services', params],
    // The referral form's search: answered from the phone's directory when offline.
    queryFn: fieldFirst(
      (signal) => api.get<Page<PartnerService>>('/api/partner-services', { ...params }, signal),
      (store) => localPartnerServices(store, params),
    ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function usePartnerWrite<TInput, TResult>(send: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Adds a partner organisation to the directory. */
export const useCreatePartner = () =>
  usePartnerWrite((body: CreatePartnerBody) => api.post<Partner>('/api/partners', body));

/** Changes a partner, or stops (`active: false`) or resumes working with it. */
export const useUpdatePartner = () =>
  usePartnerWrite(({ partnerId, body }: { partnerId: string; body: UpdatePartnerBody }) =>
    api.patch<Partner>(`/api/partners/${enc(partnerId)}`, body),
  );

/** Adds a place to a partner. */
export const useCreatePartnerLocation = () =>
  usePartnerWrite((body: CreatePartnerLocationBody) => api.post<PartnerLocation>('/api/partner-locations', body));

/** Changes a partner's place, or takes it out of use / back. */
export const useUpdatePartnerLocation = () =>
  usePartnerWrite(({ locationId, body }: { locationId: string; body: UpdatePartnerLocationBody }) =>
    api.patch<PartnerLocation>(`/api/partner-locations/${enc(locationId)}`, body),
  );

/** Adds a service to a partner. */
export const useCreatePartnerService = () =>
  usePartnerWrite((body: CreatePartnerServiceBody) => api.post<PartnerService>('/api/partner-services', body));

/** Changes a partner's service. */
export const useUpdatePartnerService = () =>
  usePartnerWrite(({ serviceId, body }: { serviceId: string; body: UpdatePartnerServiceBody }) =>
    api.patch<PartnerService>(`/api/partner-services/${enc(serviceId)}`, body),
  );
