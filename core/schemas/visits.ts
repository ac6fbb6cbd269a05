import { z } from 'zod';
import { limits } from '../limits';
import { id } from './common';
import { siteTypes } from './places';

/** A service used during a visit (catalogue kind `service`: shower, laundry, meal, …), how many times. */
export const visitServiceInput = z.strictObject({
  serviceId: id,
  quantity: z.number().int().min(1).max(limits.visitServiceQuantityMax).default(1),
});

/**
 * Checking in at a site: a known person (found by pseudonym or code), or an
 * anonymous head count. `id` and `checkedInAt` come from a phone that recorded
 * the check-in offline; online the server makes them.
 */
export const checkInBody = z
  .strictObject({
    id: id.optional(),
    siteId: id,
    clientId: id.nullable().default(null),
    headCount: z.number().int().min(1).max(limits.headCountMax).default(1),
    services: z.array(visitServiceInput).max(limits.servicesPerVisitMax).default([]),
    checkedInAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => b.clientId === null || b.headCount === 1, {
    path: ['headCount'],
    params: { i18nKey: 'validation.head_count_for_person' },
  });
export type CheckInBody = z.infer<typeof checkInBody>;

export const addVisitServicesBody = z.strictObject({
  services: z.array(visitServiceInput).min(1).max(limits.servicesPerVisitMax),
});

export const checkOutBody = z
  .strictObject({ checkedOutAt: z.iso.datetime({ offset: true }).optional() })
  .nullish()
  .transform((b) => b ?? {});

/** Services added offline to a visit: the visit's id comes from the operation. */
export const addServicesOperationPayload = z.strictObject({
  id,
  services: z.array(visitServiceInput).min(1).max(limits.servicesPerVisitMax),
});

/** A check-out made offline: the visit's id comes from the operation. */
export const checkOutOperationPayload = z.strictObject({
  id,
  checkedOutAt: z.iso.datetime({ offset: true }).optional(),
});

export const visitService = z.object({ serviceId: id, quantity: z.number().int(), recordedAt: z.string() });

export const visit = z.object({
  id,
  siteId: id,
  clientId: id.nullable(),
  /** The person's pseudonym (never identity or code); null for a head count. */
  pseudonym: z.string().nullable(),
  headCount: z.number().int(),
  visitOn: z.string(),
  checkedInAt: z.string(),
  checkedOutAt: z.string().nullable(),
  services: z.array(visitService),
});
export type Visit = z.infer<typeof visit>;

/** The reception desk's day: every visit of a site on a day, and its totals. */
export const daySheetQuery = z.strictObject({ siteId: id, date: z.iso.date().optional() });
export const daySheet = z.object({
  siteId: id,
  date: z.string(),
  items: z.array(visit),
  totals: z.object({
    /** Check-ins, a head count counting once. */
    visits: z.number().int(),
    /** Distinct known people. */
    people: z.number().int(),
    /** People in anonymous head counts. */
    anonymous: z.number().int(),
    /** Still in: not checked out, and checked in within the last day (as the occupancy counts). */
    present: z.number().int(),
    services: z.array(z.object({ serviceId: id, quantity: z.number().int() })),
  }),
});

/** Live occupancy: who is in at each active site now, against its capacity. */
export const occupancySite = z.object({
  siteId: id,
  name: z.string(),
  type: z.enum(siteTypes),
  capacityPlaces: z.number().int().nullable(),
  capacityBeds: z.number().int().nullable(),
  /** People checked in and not out (head counts counted by their size), within the last day. */
  present: z.number().int(),
  /** Check-ins today (the organisation's day). */
  visitsToday: z.number().int(),
});
export const occupancy = z.object({ items: z.array(occupancySite) });

/** A person's visits, newest first (their page's timeline). */
export const clientVisitsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
});
export const clientVisits = z.object({ items: z.array(visit) });

/** Figures for a period, all sites or one: what the drop-in report and the indicators count. */
export const visitStatisticsQuery = z
  .strictObject({ from: z.iso.date(), to: z.iso.date(), siteId: id.optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], params: { i18nKey: 'validation.end_before_start' } })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= limits.statisticsDaysMax, {
    path: ['to'],
    params: { i18nKey: 'validation.range_too_long' },
  });
export const visitStatistics = z.object({
  from: z.string(),
  to: z.string(),
  /** Check-ins (a head count counts once). */
  visits: z.number().int(),
  /** Distinct known people. */
  uniquePeople: z.number().int(),
  /** People in anonymous head counts. */
  anonymous: z.number().int(),
  services: z.array(z.object({ serviceId: id, quantity: z.number().int() })),
  /** Per site with a capacity: people per open day against it (a day with no visit is not counted as open). */
  sites: z.array(
    z.object({
      siteId: id,
      people: z.number().int(),
      daysOpen: z.number().int(),
      capacity: z.number().int().nullable(),
      /** people ÷ (capacity × days open), 0–1 and beyond when over capacity; null without a capacity. */
      occupancyRate: z.number().nullable(),
    }),
  ),
});
