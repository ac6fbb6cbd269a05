import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  stockBalance,
  stockMovement,
  stockMovementBody,
  stockMovementListItem,
  stockMovementsQuery,
  stockThresholdBody,
} from '#core/schemas/stock';
import { api } from './client';
import type { Items, Page } from './types';

export type StockBalance = z.infer<typeof stockBalance>;
export type StockMovement = z.infer<typeof stockMovement>;
export type StockMovementBody = z.input<typeof stockMovementBody>;
export type StockThresholdBody = z.input<typeof stockThresholdBody>;
/** A movement in the list behind a balance, with the name of who recorded it. */
export type StockMovementListItem = z.infer<typeof stockMovementListItem>;
export type StockMovementsQuery = Omit<Partial<z.output<typeof stockMovementsQuery>>, 'teamId' | 'siteId'>;
/** Who holds stock: a team or a site, never both. */
export type StockHolder = { teamId: string; siteId?: undefined } | { siteId: string; teamId?: undefined };

const key = ['stock'] as const;

/** Each material's balance at a team or site (the sum of its movements) and whether it is low. */
export function useStock(holder: StockHolder | null, enabled = true) {
  return useQuery({
    queryKey: [...key, holder],
    queryFn: ({ signal }) => api.get<Items<StockBalance>>('/api/stock', holder ?? undefined, signal),
    enabled: enabled && holder !== null,
  });
}

/** The movements behind a holder's balances, newest first, filtered and paged on the server. */
export function useStockMovements(holder: StockHolder | null, query: StockMovementsQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'movements', holder, query],
    queryFn: ({ signal }) =>
      api.get<Page<StockMovementListItem>>('/api/stock/movements', { ...holder, ...query }, signal),
    enabled: enabled && holder !== null,
    placeholderData: keepPreviousData,
  });
}

/** Materials received, or a stock-take correction (either sign). */
export function useRecordStockMovement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StockMovementBody) => api.post<StockMovement>('/api/stock/movements', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Sets the level at or below which a material counts as low; answers with the holder's balances. */
export function useSetStockThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StockThresholdBody) => api.put<Items<StockBalance>>('/api/stock/thresholds', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
