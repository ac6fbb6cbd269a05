import { z } from 'zod';
import { updateClientBody } from './clients';
import { id, pageQuery, shortText } from './common';

/** A phone enrolled for offline field work (offline-sync.md, "Devices"). */
export const enrolDeviceBody = z.strictObject({ id, name: shortText(100) });

export const device = z.object({
  id,
  userId: id,
  userName: z.string().nullable(),
  name: z.string(),
  enrolledAt: z.string(),
  lastSyncAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const deviceList = z.object({ items: z.array(device) });

/** Operation types a phone's outbox may deliver; each names the action it needs. */
export const operationTypes = [
  'client.create',
  'client.update',
  'contact.record',
  'visit.check_in',
  'visit.add_services',
  'visit.check_out',
  'referral.create',
  'plan_step.update',
] as const;

/**
 * One offline write: `opId` (UUIDv7 made on the phone) makes delivering it twice
 * harmless; `recordId` is the id of the record it creates or changes. The payload
 * is validated per type, so a bad one is rejected alone, not the whole batch.
 */
export const syncOperation = z.strictObject({
  opId: id,
  type: z.enum(operationTypes),
  recordId: id,
  payload: z.record(z.string(), z.unknown()),
});
export type SyncOperation = z.infer<typeof syncOperation>;

export const pushBody = z.strictObject({
  deviceId: id,
  operations: z.array(syncOperation).max(1000),
});

export const operationOutcome = z.enum(['applied', 'already_applied', 'rejected']);

export const pushResponse = z.object({
  /** `wipe`: the device was revoked — delete the local store and keys now. */
  device: z.enum(['active', 'wipe']),
  /**
   * The organisation's maximum offline age (its `maxOfflineDays` setting): past it the
   * phone locks until it reaches the server, a week later it wipes itself. Told at every
   * sync, so a change of the setting reaches each phone at its next contact.
   */
  maxOfflineDays: z.number().int().min(1),
  results: z.array(
    z.object({
      opId: id,
      outcome: operationOutcome,
      /** Why it was refused, translated, with the field it is about (kept on the phone for correction). */
      reason: z
        .object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() })
        .optional(),
    }),
  ),
});

/** What the change feed carries (the phone's mirror, offline-sync.md "What the phone holds"). */
export const feedEntities = [
  'client',
  'catalogue_item',
  'area',
  'spot',
  'team',
  'shift',
  'site',
  'partner',
  'partner_service',
  'plan_step',
] as const;
export type FeedEntity = (typeof feedEntities)[number];

/** A page of the change feed after `cursor` (absent: from the start). */
export const changesQuery = z.strictObject({
  cursor: z.string().max(48).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const changesPage = z.object({
  /** The cursor is from another database state (a restore): download everything again. */
  reset: z.boolean(),
  cursor: z.string().nullable(),
  more: z.boolean(),
  /** On the first page only: how many changes the whole download covers (a page covers `limit` of them). */
  total: z.number().int().optional(),
  records: z.array(
    z.object({
      entity: z.enum(feedEntities),
      id,
      deleted: z.boolean(),
      data: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

/**
 * A hybrid-logical-clock stamp (core/sync/hlc.ts): `<ms, 13 digits>:<counter, 5 digits>:<node>`,
 * the node naming the phone (its device id) or `server`.
 */
export const hlcStamp = z.string().regex(/^\d{13}:\d{5}:[\w.:-]{1,64}$/);

/**
 * The fields of a client's profile a phone holds in its index and may change offline
 * (`client.update`); they merge field by field (decisions 007 and 012).
 */
export const clientEditFields = ['pseudonym', 'targetGroupIds', 'status'] as const;
export type ClientEditField = (typeof clientEditFields)[number];

/** One field's edit: its value (checked as the online PATCH checks it), its stamp, and the stamp of the value its author saw. */
const fieldEdit = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({ value, hlc: hlcStamp, base: hlcStamp.nullable() })
    // The value the author saw was written before the edit replacing it.
    .refine((e) => e.base === null || e.base < e.hlc, { path: ['base'], params: { i18nKey: 'validation.invalid' } });

/**
 * The payload of a `client.update` operation: `{ fields: { <field>: { value, hlc, base } } }`,
 * at least one field. The client's id is the operation's `recordId`.
 */
export const clientUpdatePayload = z.strictObject({
  id,
  fields: z
    .strictObject({
      pseudonym: fieldEdit(updateClientBody.shape.pseudonym.unwrap()).optional(),
      targetGroupIds: fieldEdit(updateClientBody.shape.targetGroupIds.unwrap()).optional(),
      status: fieldEdit(updateClientBody.shape.status.unwrap()).optional(),
    })
    .refine((f) => Object.keys(f).length > 0, { params: { i18nKey: 'validation.required' } }),
});
export type ClientUpdatePayload = z.infer<typeof clientUpdatePayload>;

/** A field's value as a conflict entry keeps it: a pseudonym or status, or target group ids. */
export const clientFieldValue = z.union([z.string(), z.array(z.string())]);

export const conflictStatuses = ['open', 'resolved'] as const;
export const conflictListQuery = pageQuery.extend({ status: z.enum(conflictStatuses).default('open') });

/** One side of a conflict: the value, its stamp, when it was made (from the stamp) and by whom, on which phone. */
const conflictSide = z.object({
  value: clientFieldValue,
  hlc: z.string(),
  at: z.string(),
  userId: id.nullable(),
  userName: z.string().nullable(),
  deviceId: id.nullable(),
  deviceName: z.string().nullable(),
});

/**
 * A conflict entry of the coordinators' inbox: two edits of one field made without seeing
 * each other; `winning` is on the client (unless changed since: `currentValue`), `losing` waits.
 */
export const syncConflict = z.object({
  id,
  clientId: id,
  pseudonym: z.string(),
  field: z.enum(clientEditFields),
  currentValue: clientFieldValue,
  winning: conflictSide,
  losing: conflictSide,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: id.nullable(),
  resolvedByName: z.string().nullable(),
  resolution: z.enum(['kept', 'took_other']).nullable(),
});

/** `current`: keep the client's value; `other`: apply the value that lost (stamped anew). */
export const resolveConflictBody = z.strictObject({ keep: z.enum(['current', 'other']) });
