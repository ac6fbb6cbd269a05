import { z } from 'zod';
import { limits } from '../limits';
import { id, page, pageQuery, shortText } from './common';

/**
 * Beds and housing (domain.md, "Drop-in, shelter and housing"): the beds and
 * rooms of a site, placements of people into them, and each site's waiting list.
 * A placement's dates are calendar days of the organisation: it occupies its
 * unit from `startOn` up to, not including, `endOn` (no end: until further
 * notice), so a bed freed on a day can be given again that same day.
 */

/** A bed (one person) or a room (one placement: a flat's room, a single room of a hostel). */
export const housingUnitKinds = ['bed', 'room'] as const;
export type HousingUnitKind = (typeof housingUnitKinds)[number];

/** How a stay ended, as the worker ending it chooses. */
export const endOutcomes = [
  'independent_housing',
  'other_facility',
  'family',
  'treatment_or_hospital',
  'left_without_notice',
  'rules_breach',
  'did_not_arrive',
  'deceased',
  'other',
] as const;
/** Plus `moved`, written by a move to another bed or room (the stay goes on there). */
export const placementOutcomes = [...endOutcomes, 'moved'] as const;
export type PlacementOutcome = (typeof placementOutcomes)[number];

/** Relative to the organisation's today: in the unit now, booked for later, or over. */
export const placementStatuses = ['current', 'upcoming', 'ended'] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

export const waitingStatuses = ['waiting', 'placed', 'withdrawn'] as const;
export type WaitingStatus = (typeof waitingStatuses)[number];
/** The only thing said about why someone waits: urgent ones are listed first. No free text about the person. */
export const waitingPriorities = ['normal', 'urgent'] as const;
export type WaitingPriority = (typeof waitingPriorities)[number];

/** A calendar day, YYYY-MM-DD, within years PostgreSQL and people both mean (the format alone allows year 0). */
export const housingDay = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2999-12-31', { params: { i18nKey: 'validation.format_date' } });

const notBefore = (later: string | null | undefined, earlier: string) => !later || later >= earlier;
const datesIssue = { params: { i18nKey: 'validation.placement_dates' } };

export const siteParams = z.strictObject({ siteId: id });

/** Who is in a unit today (its current placement), shown on the bed board. */
export const unitOccupant = z.object({
  placementId: id,
  clientId: id,
  /** The person's pseudonym, never identity or code. */
  pseudonym: z.string(),
  startOn: z.string(),
  plannedEndOn: z.string().nullable(),
});

export const housingUnit = z.object({
  id,
  siteId: id,
  label: z.string(),
  kind: z.enum(housingUnitKinds),
  active: z.boolean(),
  current: unitOccupant.nullable(),
});
export type HousingUnit = z.infer<typeof housingUnit>;
export const housingUnitList = z.object({ items: z.array(housingUnit) });

export const createHousingUnitBody = z.strictObject({
  label: shortText(limits.housingUnitLabelMax),
  kind: z.enum(housingUnitKinds).default('bed'),
});
/** Rename, change the kind, or take out of use (refused while someone is placed there now or later). */
export const updateHousingUnitBody = z.strictObject({
  label: shortText(limits.housingUnitLabelMax).optional(),
  kind: z.enum(housingUnitKinds).optional(),
  active: z.boolean().optional(),
});

export const placement = z.object({
  id,
  clientId: id,
  /** The person's pseudonym, never identity or code. */
  pseudonym: z.string(),
  siteId: id,
  siteName: z.string(),
  unitId: id,
  unitLabel: z.string(),
  startOn: z.string(),
  plannedEndOn: z.string().nullable(),
  endOn: z.string().nullable(),
  outcome: z.enum(placementOutcomes).nullable(),
  status: z.enum(placementStatuses),
  /** The stay this one continues after a move to another bed or room. */
  movedFromId: id.nullable(),
});
export type Placement = z.infer<typeof placement>;
export const placementPage = page(placement);
export const placementList = z.object({ items: z.array(placement) });

/** A site's placements in one status; current ones by unit, upcoming by start, ended newest first. */
export const placementListQuery = pageQuery.extend({ status: z.enum(placementStatuses).default('current') });

export const createPlacementBody = z
  .strictObject({
    clientId: id,
    unitId: id,
    startOn: housingDay,
    plannedEndOn: housingDay.nullable().default(null),
  })
  .refine((b) => notBefore(b.plannedEndOn, b.startOn), { path: ['plannedEndOn'], ...datesIssue });
export type CreatePlacementBody = z.infer<typeof createPlacementBody>;

export const updatePlacementBody = z.strictObject({ plannedEndOn: housingDay.nullable() });

/** The day the person left (the unit is free from that day) and how the stay ended. */
export const endPlacementBody = z.strictObject({
  endOn: housingDay,
  outcome: z.enum(endOutcomes),
});

/** Moves the stay to another bed or room from a day: this placement ends `moved`, a new one starts there. */
export const movePlacementBody = z.strictObject({ unitId: id, on: housingDay });
export const movedPlacement = z.object({ ended: placement, started: placement });

export const waitingListEntry = z.object({
  id,
  clientId: id,
  /** The person's pseudonym, never identity or code. */
  pseudonym: z.string(),
  siteId: id,
  priority: z.enum(waitingPriorities),
  addedOn: z.string(),
  status: z.enum(waitingStatuses),
  statusOn: z.string(),
  /** The placement that ended the wait. */
  placementId: id.nullable(),
});
export type WaitingListEntry = z.infer<typeof waitingListEntry>;
export const waitingListPage = page(waitingListEntry);

/** Waiting people urgent first, then longest waiting; placed and withdrawn newest first. */
export const waitingListQuery = pageQuery.extend({ status: z.enum(waitingStatuses).default('waiting') });

export const addToWaitingListBody = z.strictObject({
  clientId: id,
  priority: z.enum(waitingPriorities).default('normal'),
  /** When the person asked, if earlier than today (never later). */
  addedOn: housingDay.optional(),
});

/**
 * Occupancy per day over at most limits.occupancyDaysMax days; without dates,
 * the 30 days up to today.
 */
export const housingOccupancyQuery = z
  .strictObject({ from: housingDay.optional(), to: housingDay.optional() })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    path: ['to'],
    params: { i18nKey: 'validation.occupancy_range' },
  })
  .refine((q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < limits.occupancyDaysMax, {
    path: ['to'],
    params: { i18nKey: 'validation.occupancy_range' },
  });

export const housingOccupancy = z.object({
  siteId: id,
  from: z.string(),
  to: z.string(),
  capacityBeds: z.number().int().nullable(),
  /** Units in use today; the count is not kept per day, so a past day may show more occupied than this. */
  activeUnits: z.number().int(),
  days: z.array(z.object({ day: z.string(), occupied: z.number().int() })),
});
export type HousingOccupancy = z.infer<typeof housingOccupancy>;
