import { z } from 'zod';
import { limits } from '../limits';
import { queryBoolean } from './common';

/**
 * The read-only HSDS 3.0 API (openapi.json of the standard): paging by `page`
 * and `per_page`, and `modified_after` for what changed since a moment.
 * Documents are always given in full; `full` is accepted for clients that send it.
 */
export const hsdsQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
  modified_after: z.iso.datetime({ offset: true }).optional(),
  full: queryBoolean.optional(),
});

/** An HSDS document; its shape is the standard's, checked by the HSDS schema tests. */
export const hsdsDocument = z.record(z.string(), z.unknown());

/** HSDS's paged answer. */
export const hsdsPage = z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(hsdsDocument),
});

/** An HSDS document to import: one object, a list, or an API page (`contents`). */
export const hsdsImportBody = z.union([hsdsDocument, z.array(hsdsDocument)]);

const importCounts = z.object({
  organizations: z.number().int(),
  locations: z.number().int(),
  services: z.number().int(),
  service_at_locations: z.number().int(),
});

/** What an import took, what it refused and why, and what it left out of the records it took. */
export const hsdsImportReport = z.object({
  created: importCounts,
  updated: importCounts,
  refused: z.array(z.object({ path: z.string(), id: z.string().nullable(), reason: z.string(), message: z.string() })),
  notes: z.array(z.object({ path: z.string(), reason: z.string(), message: z.string() })),
});
