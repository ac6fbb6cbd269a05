import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, pageQuery } from './common';

/** Where outreach happens (domain.md, "Outreach"). */
export const channels = ['street', 'club', 'agency', 'party', 'online', 'phone'] as const;
export type Channel = (typeof channels)[number];

/** planned → open → submitted → approved, or returned (with a comment) → submitted again. */
export const shiftStatuses = ['planned', 'open', 'submitted', 'approved', 'returned'] as const;
export type ShiftStatus = (typeof shiftStatuses)[number];

/** A wall-clock time, HH:MM. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const dateTime = z.iso.datetime({ offset: true });

export const createShiftBody = z.strictObject({
  teamId: id,
  date: z.iso.date(),
  plannedStart: time,
  plannedEnd: time,
  channel: z.enum(channels),
  areaId: id.nullable().default(null),
  spotIds: z.array(id).max(limits.spotsPerShiftMax).default([]),
  /** Who works the shift; the person planning it is added when the list leaves them out. */
  memberIds: z.array(id).max(limits.shiftMembersMax).default([]),
});
export type CreateShiftBody = z.infer<typeof createShiftBody>;

/** What can change while a shift is planned, open or returned. */
export const updateShiftBody = z
  .strictObject({
    date: z.iso.date(),
    plannedStart: time,
    plannedEnd: time,
    actualStart: dateTime.nullable(),
    actualEnd: dateTime.nullable(),
    channel: z.enum(channels),
    areaId: id.nullable(),
    spotIds: z.array(id).max(limits.spotsPerShiftMax),
    memberIds: z.array(id).min(1).max(limits.shiftMembersMax),
    /** The worker's account of the shift, for the work report (encrypted: it may name people). */
    narrative: optionalText(limits.longTextMax),
    incidentCount: z.number().int().min(0).max(1000),
  })
  .partial()
  .refine((b) => !(b.actualStart && b.actualEnd && b.actualEnd <= b.actualStart), {
    path: ['actualEnd'],
    params: { i18nKey: 'validation.end_before_start' },
  });
export type UpdateShiftBody = z.infer<typeof updateShiftBody>;

export const returnShiftBody = z.strictObject({ comment: z.string().trim().min(1).max(limits.longTextMax) });

export const shiftListQuery = pageQuery.extend({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  status: z.enum(shiftStatuses).optional(),
  teamId: id.optional(),
});

export const shift = z.object({
  id,
  teamId: id,
  date: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  channel: z.enum(channels),
  areaId: id.nullable(),
  spotIds: z.array(id),
  memberIds: z.array(id),
  status: z.enum(shiftStatuses),
  narrative: z.string().nullable(),
  incidentCount: z.number().int(),
  reviewComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: id.nullable(),
  createdBy: id.nullable(),
});
export type Shift = z.infer<typeof shift>;
