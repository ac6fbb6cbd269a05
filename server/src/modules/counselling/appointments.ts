import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { canUseDisciplineNotes } from '#core/permissions/disciplines';
import type { Discipline, Role } from '#core/roles';
import type { appointmentStatusBody, CreateAppointmentBody, updateAppointmentBody } from '#core/schemas/appointments';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { recordActivity } from '../clients/index';
import { getAppointment } from './appointment-read';
import { type CounsellingContext, notesAad } from './context';
import './tables';

/** The person, the counsellor and the site an appointment names, read together. */
async function readParties(tx: Tx, input: { clientId?: string; counsellorId?: string; siteId?: string | null }) {
  const none = sql<null>`NULL`;
  return tx
    .selectNoFrom((eb) => [
      input.clientId
        ? eb.selectFrom('clients').select('status').where('id', '=', input.clientId).as('client_status')
        : none.as('client_status'),
      input.counsellorId
        ? eb
            .selectFrom('users')
            .select(
              sql<{ roles: Role[]; disciplines: Discipline[]; status: string }>`json_build_object(
              'roles', roles, 'disciplines', disciplines, 'status', status)`.as('c'),
            )
            .where('id', '=', input.counsellorId)
            .as('counsellor')
        : none.as('counsellor'),
      input.siteId
        ? eb.selectFrom('sites').select('active').where('id', '=', input.siteId).as('site_active')
        : none.as('site_active'),
    ])
    .executeTakeFirstOrThrow();
}

type Parties = Awaited<ReturnType<typeof readParties>>;

/** The counsellor must be an active counsellor of the discipline; the site must take people. */
function checkParties(
  parties: Parties,
  discipline: Discipline,
  input: { counsellorId?: string; siteId?: string | null },
) {
  if (input.counsellorId !== undefined) {
    const c = parties.counsellor;
    if (c?.status !== 'active' || !c) throw fieldError('counsellorId', 'validation.invalid');
    if (!canUseDisciplineNotes(c, discipline)) throw fieldError('counsellorId', 'validation.counsellor_discipline');
  }
  if (input.siteId) {
    if (parties.site_active === null || parties.site_active === undefined)
      throw fieldError('siteId', 'validation.invalid');
    if (!parties.site_active) throw fieldError('siteId', 'validation.site_inactive');
  }
}

/** Schedules an appointment of a person with a counsellor of a discipline, at a site or in outreach. */
export async function scheduleAppointment(tx: Tx, ctx: CounsellingContext, input: CreateAppointmentBody) {
  const parties = await readParties(tx, input);
  if (!parties.client_status) throw fieldError('clientId', 'validation.invalid');
  if (parties.client_status === 'merged' || parties.client_status === 'anonymised')
    throw fieldError('clientId', 'validation.client_closed');
  checkParties(parties, input.discipline, input);
  const id = uuidv7();
  await tx
    .insertInto('appointments')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      client_id: input.clientId,
      counsellor_id: input.counsellorId,
      discipline: input.discipline,
      starts_at: new Date(input.startsAt),
      duration_minutes: input.durationMinutes,
      place: input.place,
      site_id: input.siteId,
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'appointment.scheduled',
    entityType: 'appointment',
    entityId: id,
    clientId: input.clientId,
    details: { discipline: input.discipline },
  });
  return getAppointment(tx, ctx, id);
}

/** The appointment's row, locked for the change, or 404. */
async function lockAppointment(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('appointments')
    .select(['id', 'client_id', 'discipline', 'status', 'starts_at', 'place', 'site_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Moves a scheduled appointment: time, length, place, counsellor (of the same discipline). */
export async function updateAppointment(
  tx: Tx,
  ctx: CounsellingContext,
  id: string,
  input: z.infer<typeof updateAppointmentBody>,
) {
  const current = await lockAppointment(tx, id);
  if (current.status !== 'scheduled') throw fieldError('status', 'validation.appointment_closed');
  const place = input.place ?? (current.place as 'site' | 'outreach');
  const siteId = input.siteId !== undefined ? input.siteId : place === 'outreach' ? null : current.site_id;
  if ((place === 'site') !== (siteId !== null)) throw fieldError('siteId', 'validation.site_for_place');
  const parties = await readParties(tx, { counsellorId: input.counsellorId, siteId });
  checkParties(parties, current.discipline as Discipline, { counsellorId: input.counsellorId, siteId });
  await tx
    .updateTable('appointments')
    .set({
      ...(input.counsellorId ? { counsellor_id: input.counsellorId } : {}),
      ...(input.startsAt ? { starts_at: new Date(input.startsAt) } : {}),
      ...(input.durationMinutes ? { duration_minutes: input.durationMinutes } : {}),
      place,
      site_id: siteId,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'appointment.updated',
    entityType: 'appointment',
    entityId: id,
    clientId: current.client_id,
    details: { fields: Object.keys(input) },
  });
  return getAppointment(tx, ctx, id);
}

/** Closes a scheduled appointment as done, no-show or cancelled; one that happened counts as work with the person. */
export async function setAppointmentStatus(
  tx: Tx,
  ctx: CounsellingContext,
  id: string,
  input: z.infer<typeof appointmentStatusBody>,
) {
  const current = await lockAppointment(tx, id);
  if (current.status !== 'scheduled') throw fieldError('status', 'validation.appointment_closed');
  await tx
    .updateTable('appointments')
    .set({
      status: input.status,
      status_at: sql`now()`,
      status_by: ctx.userId,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  if (input.status === 'done') {
    const { time_zone } = await tx
      .selectFrom('organisations')
      .select('time_zone')
      .where('id', '=', ctx.actor.organisationId)
      .executeTakeFirstOrThrow();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: time_zone }).format(current.starts_at);
    await recordActivity(tx, ctx.actor, current.client_id, 'counselling', day);
  }
  await recordAudit(tx, ctx.actor, {
    action: `appointment.${input.status}`,
    entityType: 'appointment',
    entityId: id,
    clientId: current.client_id,
  });
  return getAppointment(tx, ctx, id);
}

/**
 * Writes (or clears) the notes of an appointment: only a counsellor of its
 * discipline may, and the text is sealed for this row and discipline. The
 * audit trail records that notes were written, never what they say.
 */
export async function writeAppointmentNotes(tx: Tx, ctx: CounsellingContext, id: string, notes: string | null) {
  const current = await lockAppointment(tx, id);
  if (!canUseDisciplineNotes(ctx.holder, current.discipline as Discipline)) throw forbidden();
  if (current.status === 'cancelled') throw fieldError('notes', 'validation.appointment_closed');
  const sealed = notes ? await ctx.keyring.encrypt(tx, ctx.actor.organisationId, notes, notesAad(id)) : null;
  await tx
    .updateTable('appointments')
    .set({
      notes_enc: sealed,
      notes_at: sealed ? sql`now()` : null,
      notes_by: sealed ? ctx.userId : null,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'appointment.notes_written',
    entityType: 'appointment',
    entityId: id,
    clientId: current.client_id,
    details: { cleared: sealed === null },
  });
  return getAppointment(tx, ctx, id);
}
