import { z } from 'zod';
import { limits } from '../limits';
import { disciplines } from '../roles';
import { id, optionalText } from './common';

export const appointmentStatuses = ['scheduled', 'done', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
/** Where it happens: at one of the organisation's sites, or out in the field. */
export const appointmentPlaces = ['site', 'outreach'] as const;

const duration = z.number().int().min(limits.appointmentMinutesMin).max(limits.appointmentMinutesMax);
const startsAt = z.iso.datetime({ offset: true });

/** An appointment as every reader of the calendar sees it: never its notes. */
export const appointment = z.object({
  id,
  clientId: id,
  /** The person's pseudonym (never identity or codes). */
  pseudonym: z.string(),
  counsellorId: id,
  counsellorName: z.string(),
  discipline: z.enum(disciplines),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.enum(appointmentPlaces),
  siteId: id.nullable(),
  status: z.enum(appointmentStatuses),
  /** Whether notes were written (a fact every reader may know; what they say is the discipline's). */
  hasNotes: z.boolean(),
});
export type Appointment = z.infer<typeof appointment>;

/** One appointment opened: with its notes when the reader is a counsellor of its discipline. */
export const appointmentDetail = appointment.extend({
  /** The notes, or null: none written, or the reader is outside the discipline (`notesReadable` says which). */
  notes: z.string().nullable(),
  notesReadable: z.boolean(),
  notesAt: z.string().nullable(),
});
export type AppointmentDetail = z.infer<typeof appointmentDetail>;

export const createAppointmentBody = z
  .strictObject({
    clientId: id,
    counsellorId: id,
    discipline: z.enum(disciplines),
    startsAt,
    durationMinutes: duration.default(60),
    place: z.enum(appointmentPlaces).default('site'),
    siteId: id.nullable().default(null),
  })
  .refine((b) => (b.place === 'site') === (b.siteId !== null), {
    path: ['siteId'],
    params: { i18nKey: 'validation.site_for_place' },
  });
export type CreateAppointmentBody = z.infer<typeof createAppointmentBody>;

/** Moving a scheduled appointment (time, length, place, counsellor). */
export const updateAppointmentBody = z.strictObject({
  counsellorId: id.optional(),
  startsAt: startsAt.optional(),
  durationMinutes: duration.optional(),
  place: z.enum(appointmentPlaces).optional(),
  siteId: id.nullable().optional(),
});

/** scheduled → done / no-show / cancelled; a closed appointment stays closed. */
export const appointmentStatusBody = z.strictObject({ status: z.enum(['done', 'no_show', 'cancelled']) });

export const appointmentNotesBody = z.strictObject({ notes: optionalText(limits.longTextMax) });

/** The calendar: a counsellor's or a site's appointments over a span of days. */
export const appointmentsQuery = z
  .strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    counsellorId: id.optional(),
    siteId: id.optional(),
    status: z.enum(appointmentStatuses).optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], params: { i18nKey: 'validation.end_before_start' } })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= limits.calendarDaysMax, {
    path: ['to'],
    params: { i18nKey: 'validation.range_too_long' },
  });
export const appointmentList = z.object({ items: z.array(appointment) });

export const appointmentStatisticsQuery = z
  .strictObject({ from: z.iso.date(), to: z.iso.date(), siteId: id.optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], params: { i18nKey: 'validation.end_before_start' } })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= limits.statisticsDaysMax, {
    path: ['to'],
    params: { i18nKey: 'validation.range_too_long' },
  });
/** Appointments by discipline and status over a period; distinct people seen (done). */
export const appointmentStatistics = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({ discipline: z.enum(disciplines), status: z.enum(appointmentStatuses), count: z.number().int() }),
  ),
  peopleSeen: z.number().int(),
});
