import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { hsdsImportBody, hsdsImportReport } from '#core/schemas/hsds';
import { api } from './client';

// Types only (see types.ts): the schemas stay out of the first screen's bundle.
export type HsdsImportBody = z.input<typeof hsdsImportBody>;
/** What an import took (created, updated), refused with its reasons, and left out of what it took. */
export type HsdsImportReport = z.infer<typeof hsdsImportReport>;
export type HsdsImportKind = keyof HsdsImportReport['created'];

/**
 * Sends an HSDS document (one record, a list, or an API page) into the directory.
 * The records it took change the directory's lists and partners' pages, so
 * everything under `partners` is read again.
 */
export function useHsdsImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (doc: HsdsImportBody) => api.post<HsdsImportReport>('/api/hsds/import', doc),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partners'] }),
  });
}
