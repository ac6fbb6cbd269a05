import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, page, pageQuery } from './common';

/** Who holds stock: an outreach team or a site; exactly one of the two. */
const holder = { teamId: id.nullable().default(null), siteId: id.nullable().default(null) };
const oneHolder = (b: { teamId: string | null; siteId: string | null }) => (b.teamId === null) !== (b.siteId === null);
const holderIssue = { path: ['teamId'], params: { i18nKey: 'validation.team_or_site' } };

/**
 * A movement recorded by hand: materials received (positive) or a stock-take
 * correction (either sign). Hand-outs are recorded by contacts themselves.
 */
export const stockMovementBody = z
  .strictObject({
    ...holder,
    materialId: id,
    kind: z.enum(['received', 'adjustment']),
    quantity: z
      .number()
      .int()
      .min(-limits.quantityMax)
      .max(limits.quantityMax)
      .refine((q) => q !== 0, { params: { i18nKey: 'validation.invalid' } }),
    note: optionalText(limits.shortTextMax),
  })
  .refine(oneHolder, holderIssue)
  .refine((b) => b.kind !== 'received' || b.quantity > 0, {
    path: ['quantity'],
    params: { i18nKey: 'validation.too_small_number' },
  });

export const stockThresholdBody = z
  .strictObject({ ...holder, materialId: id, threshold: z.number().int().min(0).max(limits.quantityMax) })
  .refine(oneHolder, holderIssue);

export const stockQuery = z
  .strictObject({ teamId: id.optional(), siteId: id.optional() })
  .refine((q) => (q.teamId === undefined) !== (q.siteId === undefined), holderIssue);

export const stockMovementKinds = ['received', 'adjustment', 'handed_out', 'returned'] as const;

export const stockBalance = z.object({
  materialId: id,
  teamId: id.nullable(),
  siteId: id.nullable(),
  /** Always the sum of the movements. */
  balance: z.number().int(),
  threshold: z.number().int().nullable(),
  low: z.boolean(),
});

export const stockMovement = z.object({
  id,
  materialId: id,
  teamId: id.nullable(),
  siteId: id.nullable(),
  kind: z.enum(stockMovementKinds),
  quantity: z.number().int(),
  contactId: id.nullable(),
  note: z.string().nullable(),
  at: z.string(),
  recordedBy: id.nullable(),
});

/** The movements behind a balance, newest first: what came in, what went out on which card, the corrections. */
export const stockMovementsQuery = pageQuery
  .extend({
    teamId: id.optional(),
    siteId: id.optional(),
    materialId: id.optional(),
    kind: z.enum(stockMovementKinds).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => (q.teamId === undefined) !== (q.siteId === undefined), holderIssue);

export const stockMovementListItem = stockMovement.extend({ recordedByName: z.string().nullable() });
export const stockMovementPage = page(stockMovementListItem);
