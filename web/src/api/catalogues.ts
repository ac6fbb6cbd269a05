import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueKind } from '#core/schemas/catalogues';
import { fieldFirst } from '../offline/local';
import { localCatalogue } from '../offline/readers';
import { api } from './client';
import type { CatalogueItem, CreateCatalogueItemBody, Items, UpdateCatalogueItemBody } from './types';

const key = ['catalogues'] as const;

/** The items of one catalogue kind (inactive ones included, for the admin screen). */
export function useCatalogue(kind: CatalogueKind, enabled = true) {
  return useQuery({
    queryKey: [...key, kind],
    queryFn: fieldFirst(
      (signal) => api.get<Items<CatalogueItem>>(`/api/catalogues/${kind}`, undefined, signal),
      (store) => localCatalogue(store, kind),
    ),
    enabled,
  });
}

export function useCreateCatalogueItem(kind: CatalogueKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCatalogueItemBody) => api.post<CatalogueItem>(`/api/catalogues/${kind}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateCatalogueItem(kind: CatalogueKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: UpdateCatalogueItemBody }) =>
      api.patch<CatalogueItem>(`/api/catalogues/${kind}/${encodeURIComponent(itemId)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
