import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  createReferralBody,
  notedReferralItem,
  notedReferralList,
  Referral,
  ReferralStatus,
  referralList,
  referralStatistics,
  referralStatusBody,
  sharedItems,
} from '#core/schemas/referrals';
import { readingLocally } from '../offline/local';
import { queueReferral, writesQueued } from '../offline/writes';
import { api } from './client';
import { ApiError } from './errors';
import type { Page } from './types';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type { Referral, ReferralStatus };
export type ReferralList = z.infer<typeof referralList>;
export type NotedReferral = z.infer<typeof notedReferralItem>;
export type NotedReferralList = z.infer<typeof notedReferralList>;
export type ReferralStatistics = z.infer<typeof referralStatistics>;
export type CreateReferralBody = z.input<typeof createReferralBody>;
export type ReferralStatusBody = z.input<typeof referralStatusBody>;
export type SharedItem = (typeof sharedItems)[number];

/** What the follow-up list can be asked for. */
export interface ReferralListQuery {
  status?: 'open' | ReferralStatus | undefined;
  overdue?: 'true' | 'false' | undefined;
  partnerId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** Exactly the parameters GET /api/referrals takes, set ones only (the route refuses others). */
export function referralListParams(query: ReferralListQuery): ReferralListQuery {
  const picked: ReferralListQuery = {
    status: query.status,
    overdue: query.overdue,
    partnerId: query.partnerId || undefined,
    page: query.page,
    pageSize: query.pageSize,
  };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as ReferralListQuery;
}

/**
 * Every write changes the person's list, the noted lines left on their cards,
 * the follow-up list and the figures: all live under one key.
 */
const key = ['referrals'] as const;
const enc = encodeURIComponent;

/** A person's referrals, newest first, with the partner's feedback. */
export function useClientReferrals(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'client', clientId],
    queryFn: ({ signal }) => api.get<ReferralList>(`/api/clients/${enc(clientId)}/referrals`, undefined, signal),
    enabled,
  });
}

/** Referrals noted on the person's contact cards that no referral has made real yet. */
export function useNotedReferrals(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...key, 'noted', clientId],
    queryFn: ({ signal }) =>
      api.get<NotedReferralList>(`/api/clients/${enc(clientId)}/noted-referrals`, undefined, signal),
    enabled,
  });
}

/** The organisation's referrals to follow up, soonest expected answer first. */
export function useReferrals(query: ReferralListQuery) {
  const params = referralListParams(query);
  return useQuery({
    queryKey: [...key, 'list', params],
    queryFn: ({ signal }) => api.get<Page<Referral>>('/api/referrals', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Referrals of a period of referral days by status, partner and reason. */
export function useReferralStatistics(query: { from: string; to: string }, enabled = true) {
  const params = { from: query.from, to: query.to };
  return useQuery({
    queryKey: [...key, 'statistics', params],
    queryFn: ({ signal }) => api.get<ReferralStatistics>('/api/referrals/statistics', params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useReferralWrite<TInput, TResult = Referral>(send: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

/**
 * Refers a person to a partner's service. On a field device without a
 * connection the referral goes to the outbox under an id made here (the answer
 * is then null: the server makes the referral when the phone syncs).
 */
export const useCreateReferral = () =>
  useReferralWrite(async (body: CreateReferralBody): Promise<Referral | null> => {
    const queue = async () => {
      await queueReferral({ ...body, id: body.id ?? uuidv7() });
      return null;
    };
    if (writesQueued() && readingLocally()) return queue();
    try {
      return await api.post<Referral>('/api/referrals', body);
    } catch (error) {
      if (writesQueued() && error instanceof ApiError && error.code === 'network') return queue();
      throw error;
    }
  });

/** The partner's answer or the outcome, with feedback. */
export const useMoveReferral = () =>
  useReferralWrite(({ id, body }: { id: string; body: ReferralStatusBody }) =>
    api.post<Referral>(`/api/referrals/${enc(id)}/status`, body),
  );
