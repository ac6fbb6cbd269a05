import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, pageQuery } from './common';
import { channels } from './shifts';

/** The first contact card, a repeat contact card, or an anonymous contact (a head count). */
export const contactKinds = ['first', 'repeat', 'anonymous'] as const;
export type ContactKind = (typeof contactKinds)[number];

export const housingSituations = [
  'street',
  'squat',
  'night_shelter',
  'hostel',
  'friends_or_family',
  'rented_room_or_flat',
  'own_flat',
  'institution',
  'other',
] as const;
export const incomeSources = [
  'none',
  'work',
  'casual_work',
  'sex_work',
  'benefits',
  'pension',
  'begging',
  'family',
  'other',
] as const;
export const documentStatuses = ['has_documents', 'partial', 'none'] as const;

/**
 * The initial situation on a first contact card: where the person sleeps or
 * lives, income, health, documents, needs, institutions already used. Stored
 * encrypted as one document (health is special-category data).
 */
export const initialSituation = z.strictObject({
  housing: z.enum(housingSituations).nullable().default(null),
  income: z.array(z.enum(incomeSources)).max(incomeSources.length).default([]),
  documents: z.enum(documentStatuses).nullable().default(null),
  health: optionalText(limits.longTextMax),
  needs: optionalText(limits.longTextMax),
  institutions: optionalText(limits.longTextMax),
});
export type InitialSituation = z.infer<typeof initialSituation>;
/** The same as answered (responses carry no transforms). */
export const initialSituationView = z.object({
  housing: z.enum(housingSituations).nullable(),
  income: z.array(z.enum(incomeSources)),
  documents: z.enum(documentStatuses).nullable(),
  health: z.string().nullable().optional(),
  needs: z.string().nullable().optional(),
  institutions: z.string().nullable().optional(),
});

export const contactService = z.strictObject({
  serviceId: id,
  minutes: z.number().int().min(0).max(limits.contactMinutesMax).nullable().default(null),
});
export const contactMaterial = z.strictObject({
  materialId: id,
  quantity: z.number().int().min(0).max(limits.quantityMax),
  /** Used needles or syringes brought back (needle and syringe programmes). */
  returned: z.number().int().min(0).max(limits.quantityMax).default(0),
  /** How many other people the person collects for (secondary distribution). */
  secondaryFor: z.number().int().min(0).max(limits.headCountMax).default(0),
});
/** A referral noted on a card; the referrals module turns it into a real referral later. */
export const notedReferral = z.strictObject({
  reasonId: id.nullable().default(null),
  partnerName: optionalText(limits.shortTextMax),
  note: optionalText(limits.shortTextMax),
});
export const followUp = z.strictObject({
  what: z.string().trim().min(1).max(limits.shortTextMax),
  dueOn: z.iso.date(),
});
export const anonymousBreakdown = z.strictObject({
  women: z.number().int().min(0).max(limits.headCountMax).default(0),
  men: z.number().int().min(0).max(limits.headCountMax).default(0),
  nonBinary: z.number().int().min(0).max(limits.headCountMax).default(0),
  targetGroups: z
    .array(z.strictObject({ targetGroupId: id, count: z.number().int().min(1).max(limits.headCountMax) }))
    .max(limits.targetGroupsMax)
    .default([]),
});

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (list: T[]) =>
    new Set(list.map(key)).size === list.length;

export const createContactBody = z
  .strictObject({
    /** Made where the record is born (a phone offline): sending the same id twice records it once. */
    id: id.optional(),
    kind: z.enum(contactKinds),
    clientId: id.nullable().default(null),
    shiftId: id.nullable().default(null),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    channel: z.enum(channels).optional(),
    teamId: id.nullable().optional(),
    areaId: id.nullable().optional(),
    spotId: id.nullable().optional(),
    durationMinutes: z.number().int().min(0).max(limits.contactMinutesMax).nullable().default(null),
    topicIds: z.array(id).max(limits.itemsPerContactMax).default([]),
    services: z
      .array(contactService)
      .max(limits.itemsPerContactMax)
      .default([])
      .refine(
        uniqueBy((s: { serviceId: string }) => s.serviceId),
        { params: { i18nKey: 'validation.duplicate_item' } },
      ),
    materials: z
      .array(contactMaterial)
      .max(limits.itemsPerContactMax)
      .default([])
      .refine(
        uniqueBy((m: { materialId: string }) => m.materialId),
        { params: { i18nKey: 'validation.duplicate_item' } },
      ),
    referrals: z.array(notedReferral).max(limits.referralsPerContactMax).default([]),
    followUp: followUp.nullable().default(null),
    notes: optionalText(limits.longTextMax),
    initialSituation: initialSituation.nullable().default(null),
    /** What changed since the last contact and what progress was made (repeat card). */
    changes: optionalText(limits.longTextMax),
    headCount: z.number().int().min(1).max(limits.headCountMax).nullable().default(null),
    breakdown: anonymousBreakdown.nullable().default(null),
  })
  .refine((b) => (b.kind === 'anonymous') === (b.clientId === null), {
    path: ['clientId'],
    params: { i18nKey: 'validation.client_or_anonymous' },
  })
  .refine((b) => b.kind === 'anonymous' || (b.headCount === null && b.breakdown === null), {
    path: ['headCount'],
    params: { i18nKey: 'validation.only_anonymous' },
  })
  .refine((b) => b.kind !== 'anonymous' || b.headCount !== null, {
    path: ['headCount'],
    params: { i18nKey: 'validation.required' },
  })
  .refine(
    (b) => !b.breakdown || !b.headCount || b.breakdown.women + b.breakdown.men + b.breakdown.nonBinary <= b.headCount,
    { path: ['breakdown'], params: { i18nKey: 'validation.breakdown_too_big' } },
  )
  // A person may be in several target groups, so only each group's own count is bounded.
  .refine((b) => !b.breakdown || !b.headCount || b.breakdown.targetGroups.every((g) => g.count <= b.headCount!), {
    path: ['breakdown', 'targetGroups'],
    params: { i18nKey: 'validation.breakdown_too_big' },
  })
  .refine((b) => b.kind === 'first' || b.initialSituation === null, {
    path: ['initialSituation'],
    params: { i18nKey: 'validation.only_first_contact' },
  });
export type CreateContactBody = z.infer<typeof createContactBody>;

export const updateContactBody = z
  .strictObject({
    durationMinutes: z.number().int().min(0).max(limits.contactMinutesMax).nullable(),
    topicIds: z.array(id).max(limits.itemsPerContactMax),
    notes: optionalText(limits.longTextMax),
    changes: optionalText(limits.longTextMax),
    followUp: followUp.nullable(),
    followUpDone: z.boolean(),
  })
  .partial();

export const contactListQuery = pageQuery.extend({
  shiftId: id.optional(),
  clientId: id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const contact = z.object({
  id,
  kind: z.enum(contactKinds),
  clientId: id.nullable(),
  shiftId: id.nullable(),
  occurredAt: z.string(),
  channel: z.enum(channels),
  teamId: id.nullable(),
  areaId: id.nullable(),
  spotId: id.nullable(),
  workerId: id.nullable(),
  durationMinutes: z.number().int().nullable(),
  topicIds: z.array(id),
  services: z.array(z.object({ serviceId: id, minutes: z.number().int().nullable() })),
  materials: z.array(
    z.object({
      materialId: id,
      quantity: z.number().int(),
      returned: z.number().int(),
      secondaryFor: z.number().int(),
    }),
  ),
  referrals: z.array(
    z.object({ reasonId: id.nullable(), partnerName: z.string().nullable(), note: z.string().nullable() }),
  ),
  followUp: z.object({ what: z.string(), dueOn: z.string(), doneAt: z.string().nullable() }).nullable(),
  notes: z.string().nullable(),
  initialSituation: initialSituationView.nullable(),
  changes: z.string().nullable(),
  headCount: z.number().int().nullable(),
  breakdown: z
    .object({
      women: z.number().int(),
      men: z.number().int(),
      nonBinary: z.number().int(),
      targetGroups: z.array(z.object({ targetGroupId: id, count: z.number().int() })),
    })
    .nullable(),
});
export type Contact = z.infer<typeof contact>;

/** A row of a contact list: what was done, never the encrypted notes or situation. */
export const contactListItem = contact.omit({ notes: true, initialSituation: true, changes: true }).extend({
  pseudonym: z.string().nullable(),
});

export const followUpQuery = pageQuery.extend({ overdueOnly: z.enum(['true', 'false']).optional() });
export const followUpItem = z.object({
  contactId: id,
  clientId: id.nullable(),
  pseudonym: z.string().nullable(),
  what: z.string(),
  dueOn: z.string(),
  workerId: id.nullable(),
  overdue: z.boolean(),
});
