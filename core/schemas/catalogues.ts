import { z } from 'zod';
import { id, localizedText } from './common';

/** Per-organisation catalogues (domain.md), each seeded with defaults in four languages. */
export const catalogueKinds = [
  'material',
  'service',
  'topic',
  'target_group',
  'referral_reason',
  'discipline',
  'test_type',
  'event_type',
  'participant_category',
] as const;
export type CatalogueKind = (typeof catalogueKinds)[number];

/** Units materials are counted in. */
export const materialUnits = ['piece', 'pack', 'set', 'portion', 'pair', 'kit', 'ml', 'g'] as const;

/** A stable machine key: lower-case words joined by underscores. */
export const catalogueKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/);

export const catalogueItem = z.object({
  id,
  kind: z.enum(catalogueKinds),
  key: z.string(),
  labels: z.record(z.string(), z.string()),
  unit: z.enum(materialUnits).nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type CatalogueItem = z.infer<typeof catalogueItem>;

export const catalogueKindParams = z.strictObject({ kind: z.enum(catalogueKinds) });
export const catalogueItemParams = z.strictObject({ kind: z.enum(catalogueKinds), id });

export const createCatalogueItemBody = z.strictObject({
  key: catalogueKey,
  labels: localizedText,
  unit: z.enum(materialUnits).nullable().default(null),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});
export const updateCatalogueItemBody = z.strictObject({
  labels: localizedText.optional(),
  unit: z.enum(materialUnits).nullable().optional(),
  active: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
