import { type Selectable, sql } from 'kysely';
import { canUseDisciplineNotes } from '#core/permissions/disciplines';
import type { Discipline } from '#core/roles';
import type { Appointment, AppointmentDetail, AppointmentStatus } from '#core/schemas/appointments';
import { auditClientRead } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { type CounsellingContext, notesAad } from './context';
import type { AppointmentsTable } from './tables';

type Row = Selectable<AppointmentsTable> & { pseudonym: string; counsellor_name: string };

/** Appointments with the person's pseudonym and the counsellor's name. */
export function appointmentRows(tx: Tx) {
  return tx
    .selectFrom('appointments')
    .innerJoin('clients', 'clients.id', 'appointments.client_id')
    .innerJoin('users', 'users.id', 'appointments.counsellor_id')
    .selectAll('appointments')
    .select(['clients.pseudonym', 'users.display_name as counsellor_name']);
}

/** What every reader of the calendar may see: who, with whom, when, where — never the notes. */
export function presentAppointment(r: Row): Appointment {
  return {
    id: r.id,
    clientId: r.client_id,
    pseudonym: r.pseudonym,
    counsellorId: r.counsellor_id,
    counsellorName: r.counsellor_name,
    discipline: r.discipline as Discipline,
    startsAt: r.starts_at.toISOString(),
    durationMinutes: r.duration_minutes,
    place: r.place as Appointment['place'],
    siteId: r.site_id,
    status: r.status as AppointmentStatus,
    hasNotes: r.notes_enc !== null,
  };
}

/**
 * Starts on the organisation's days [from, to]: as a range of instants, so the
 * index on `starts_at` serves it (a day in Warsaw is not a UTC day).
 */
export function startsWithin(from: string, to: string) {
  const zone = sql`(SELECT time_zone FROM organisations WHERE id = kontakt_current_org())`;
  return sql<boolean>`appointments.starts_at >= (${from}::date::timestamp AT TIME ZONE ${zone})
    AND appointments.starts_at < ((${to}::date + 1)::timestamp AT TIME ZONE ${zone})`;
}

/** The calendar over [from, to] (the organisation's days), optionally one counsellor's or one site's. */
export async function listAppointments(
  tx: Tx,
  query: {
    from: string;
    to: string;
    counsellorId?: string | undefined;
    siteId?: string | undefined;
    status?: AppointmentStatus | undefined;
  },
): Promise<{ items: Appointment[] }> {
  let q = appointmentRows(tx).where(startsWithin(query.from, query.to));
  if (query.counsellorId) q = q.where('appointments.counsellor_id', '=', query.counsellorId);
  if (query.siteId) q = q.where('appointments.site_id', '=', query.siteId);
  if (query.status) q = q.where('appointments.status', '=', query.status);
  const rows = await q.orderBy('appointments.starts_at').limit(2000).execute();
  return { items: rows.map(presentAppointment) };
}

/** A person's appointments, newest first (their page): a read of the person. */
export async function listClientAppointments(tx: Tx, ctx: CounsellingContext, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await appointmentRows(tx)
    .where('appointments.client_id', '=', clientId)
    .orderBy('appointments.starts_at', 'desc')
    .limit(200)
    .execute();
  await auditClientRead(tx, ctx.actor, clientId, { entityType: 'appointments' });
  return { items: rows.map(presentAppointment) };
}

/**
 * One appointment, opened: a read of the person. Its notes are opened only for
 * a counsellor of its discipline; anyone else gets the appointment without
 * them (and `notesReadable: false`), and the notes are never decrypted for them.
 */
export async function getAppointment(tx: Tx, ctx: CounsellingContext, id: string): Promise<AppointmentDetail> {
  const row = await appointmentRows(tx).where('appointments.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const readable = canUseDisciplineNotes(ctx.holder, row.discipline as Discipline);
  await auditClientRead(tx, ctx.actor, row.client_id, { entityType: 'appointment', entityId: id });
  const notes =
    readable && row.notes_enc
      ? await ctx.keyring.decrypt(tx, ctx.actor.organisationId, row.notes_enc, notesAad(id))
      : null;
  return {
    ...presentAppointment(row),
    notes,
    notesReadable: readable,
    notesAt: readable ? (row.notes_at?.toISOString() ?? null) : null,
  };
}
