import { z } from 'zod';
import { id } from './common';

/** How a test was done. */
export const testMethods = ['rapid', 'laboratory', 'self_test', 'other'] as const;
/** What it showed; `pending` until a laboratory answers. Medical: sealed, and shown to medical counsellors only. */
export const testResults = ['pending', 'non_reactive', 'reactive', 'invalid'] as const;
/** Linkage to care after a reactive result (referred → confirmed → in treatment). Medical, like the result. */
export const linkageStatuses = ['none', 'referred', 'confirmed', 'in_treatment'] as const;
export type TestResult = (typeof testResults)[number];
export type LinkageStatus = (typeof linkageStatuses)[number];

const medical = z.object({
  result: z.enum(testResults),
  linkage: z.enum(linkageStatuses),
  linkageOn: z.string().nullable(),
});

/** A health test as its readers see it: the medical part only for medical counsellors (null otherwise). */
export const healthTest = z.object({
  id,
  clientId: id,
  testTypeId: id,
  testedOn: z.string(),
  method: z.enum(testMethods),
  siteId: id.nullable(),
  /** Result and linkage, or null when the reader is not a medical counsellor. */
  medical: medical.nullable(),
});
export type HealthTest = z.infer<typeof healthTest>;

export const recordHealthTestBody = z.strictObject({
  clientId: id,
  testTypeId: id,
  testedOn: z.iso.date(),
  method: z.enum(testMethods).default('rapid'),
  siteId: id.nullable().default(null),
  result: z.enum(testResults).default('pending'),
  linkage: z.enum(linkageStatuses).default('none'),
  linkageOn: z.iso.date().nullable().default(null),
});
export type RecordHealthTestBody = z.infer<typeof recordHealthTestBody>;

/** A result that came in, or the next step of linkage to care. */
export const updateHealthTestBody = z
  .strictObject({
    result: z.enum(testResults).optional(),
    linkage: z.enum(linkageStatuses).optional(),
    linkageOn: z.iso.date().nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { params: { i18nKey: 'validation.required' } });

export const healthTestList = z.object({ items: z.array(healthTest) });

/** Counts for a period: never a person, never one result. */
export const testStatisticsQuery = z
  .strictObject({ from: z.iso.date(), to: z.iso.date(), siteId: id.optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], params: { i18nKey: 'validation.end_before_start' } });

/** A count, or null where it is below the organisation's small-count threshold and the reader sees no results. */
const count = z.number().int().nullable();
export const testStatistics = z.object({
  from: z.string(),
  to: z.string(),
  /** The organisation's threshold: counts of reactive results and linkage below it are hidden (null). */
  threshold: z.number().int(),
  items: z.array(z.object({ testTypeId: id, done: z.number().int(), reactive: count, referred: count, linked: count })),
});
