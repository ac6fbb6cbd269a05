import { z } from 'zod';
import { id } from './common';

export const statisticsGroupings = ['none', 'area', 'channel', 'target_group', 'team'] as const;

const dateRange = {
  from: z.iso.date(),
  to: z.iso.date(),
};
const rangeOrdered = (q: { from: string; to: string }) => q.from <= q.to;
const rangeIssue = { path: ['to'], params: { i18nKey: 'validation.end_before_start' } };

export const outreachStatisticsQuery = z
  .strictObject({ ...dateRange, groupBy: z.enum(statisticsGroupings).default('none') })
  .refine(rangeOrdered, rangeIssue);

/**
 * Outreach in numbers for a period. Unique people are distinct named clients;
 * anonymous head counts are reported beside them, never added in. A count below
 * the organisation's threshold is null (suppressed) for viewers, whose figures
 * leave the organisation.
 */
const figures = z.object({
  contacts: z.number().int().nullable(),
  uniquePeople: z.number().int().nullable(),
  newPeople: z.number().int().nullable(),
  anonymousHeadCount: z.number().int().nullable(),
  materials: z.array(z.object({ materialId: id, quantity: z.number().int().nullable() })),
});
/**
 * Names of what the figures mention — the areas, teams, target groups and
 * materials in this answer, nothing more — for readers whose role does not
 * read those lists (a funder sees "Wola", not an id).
 */
export const statisticsNames = z.object({
  areas: z.record(z.string(), z.string()),
  teams: z.record(z.string(), z.string()),
  items: z.record(
    z.string(),
    z.object({ key: z.string(), labels: z.record(z.string(), z.string()), unit: z.string().nullable() }),
  ),
});
/** The figures as the statistics service computes them (indicators reuse these). */
export const outreachStatistics = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(statisticsGroupings),
  suppressedBelow: z.number().int().nullable(),
  totals: figures,
  groups: z.array(figures.extend({ key: z.string().nullable() })),
});
export type OutreachStatistics = z.infer<typeof outreachStatistics>;
/** What `GET /api/outreach/statistics` answers: the figures and the names of what they mention. */
export const outreachStatisticsResponse = outreachStatistics.extend({ names: statisticsNames });

export const workerMonitoringQuery = z
  .strictObject({ ...dateRange, teamId: id.optional() })
  .refine(rangeOrdered, rangeIssue);

/** One worker's period, for the coordinator (ux: every number drills down to its records). */
export const workerFigures = z.object({
  userId: id,
  displayName: z.string(),
  shifts: z.number().int(),
  hours: z.number(),
  contacts: z.number().int(),
  newPeople: z.number().int(),
  overdueFollowUps: z.number().int(),
  reportsWaiting: z.number().int(),
});
export const workerMonitoring = z.object({ from: z.string(), to: z.string(), items: z.array(workerFigures) });
