import { type Selectable, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Enrollment, Programme } from '#core/schemas/enrollments';
import { organisationSettings } from '#core/schemas/organisation';
import { type AuditActor, auditClientRead, recordAudit } from '../../platform/audit/record';
import { writeTogether } from '../../platform/db/batch';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import type { EnrollmentsTable } from './tables';

function present(r: Selectable<EnrollmentsTable>): Enrollment {
  return {
    id: r.id,
    clientId: r.client_id,
    programme: r.programme as Programme,
    startOn: r.start_on,
    engagementOn: r.engagement_on,
    lastActivityOn: r.last_activity_on,
    exitOn: r.exit_on,
    exitReason: r.exit_reason as Enrollment['exitReason'],
  };
}

/**
 * Called by every module that records work with a person: opens the episode at
 * the first activity in a programme, or moves its last-activity date forward
 * (never back: a contact recorded late for an earlier day changes nothing).
 * Also fills the client's first-contact date. Safe under concurrency: the open
 * episode is unique, so a race ends in one row.
 */
export async function recordActivity(tx: Tx, actor: AuditActor, clientId: string, programme: Programme, on: string) {
  const activity = activityWrites(tx, clientId, programme, on);
  const found = await writeTogether(tx, activity.writes, activity.openEpisode);
  if (!found?.open) await openEpisode(tx, actor, clientId, programme, on);
}

/**
 * The usual case — a known person, seen again — as writes that match only
 * when a date really moves (so an unchanged row is neither rewritten nor
 * locked), plus the check whether an episode is open. Modules that record
 * work run these in their own statement (see writeTogether) and call
 * `openEpisode` when none was open.
 */
export function activityWrites(tx: Tx, clientId: string, programme: Programme, on: string) {
  const day = sql<string>`${on}::date`;
  return {
    writes: [
      tx
        .updateTable('clients')
        .set({ first_contact_on: day })
        .where('id', '=', clientId)
        .where((eb) => eb.or([eb('first_contact_on', 'is', null), eb('first_contact_on', '>', day)])),
      tx
        .updateTable('enrollments')
        .set({ last_activity_on: sql`GREATEST(last_activity_on, ${day})`, start_on: sql`LEAST(start_on, ${day})` })
        .where('client_id', '=', clientId)
        .where('programme', '=', programme)
        .where('exit_on', 'is', null)
        .where((eb) => eb.or([eb('last_activity_on', '<', day), eb('start_on', '>', day)])),
    ],
    openEpisode: tx.selectNoFrom((eb) => [
      eb
        .exists(
          eb
            .selectFrom('enrollments')
            .select('id')
            .where('client_id', '=', clientId)
            .where('programme', '=', programme)
            .where('exit_on', 'is', null),
        )
        .as('open'),
    ]),
  };
}

/** Opens the episode at a person's first activity in a programme; a concurrent first contact ends in the same row. */
export async function openEpisode(tx: Tx, actor: AuditActor, clientId: string, programme: Programme, on: string) {
  await tx
    .insertInto('enrollments')
    .values({
      organisation_id: actor.organisationId,
      id: uuidv7(),
      client_id: clientId,
      programme,
      start_on: on,
      last_activity_on: on,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'client_id', 'programme']).where('exit_on', 'is', null).doUpdateSet({
        last_activity_on: sql`GREATEST(enrollments.last_activity_on, excluded.last_activity_on)`,
        start_on: sql`LEAST(enrollments.start_on, excluded.start_on)`,
      }),
    )
    .execute();
}

export async function listEnrollments(tx: Tx, actor: AuditActor, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  await auditClientRead(tx, actor, clientId, { entityType: 'enrollments' });
  const rows = await tx
    .selectFrom('enrollments')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('start_on', 'desc')
    .execute();
  return { items: rows.map(present) };
}

/** Sets the engagement date or closes the episode, keeping start ≤ engagement ≤ exit. */
export async function updateEnrollment(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: { engagementOn?: string | null; exitOn?: string | null; exitReason?: string | null },
) {
  const row = await tx.selectFrom('enrollments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  const engagementOn = input.engagementOn !== undefined ? input.engagementOn : row.engagement_on;
  const exitOn = input.exitOn !== undefined ? input.exitOn : row.exit_on;
  const exitReason = input.exitOn !== undefined ? (input.exitReason ?? null) : row.exit_reason;
  if (engagementOn && (engagementOn < row.start_on || (exitOn && engagementOn > exitOn)))
    throw fieldError('engagementOn', 'validation.enrollment_dates');
  if (exitOn && exitOn < row.start_on) throw fieldError('exitOn', 'validation.enrollment_dates');
  if ((exitOn === null) !== (exitReason === null)) throw fieldError('exitReason', 'validation.exit_reason_required');
  const updated = await tx
    .updateTable('enrollments')
    .set({
      engagement_on: engagementOn,
      exit_on: exitOn,
      exit_reason: exitReason,
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, {
    action: 'enrollment.updated',
    entityType: 'enrollment',
    entityId: id,
    clientId: row.client_id,
    details: { fields: Object.keys(input) },
  });
  return present(updated);
}

/** Open episodes without activity for N days (default: the organisation's setting), longest-silent first. */
export async function exitReview(
  tx: Tx,
  organisationId: string,
  query: { programme: Programme; days?: number | undefined; page: number; pageSize: number },
) {
  let days = query.days;
  if (days === undefined) {
    const org = await tx
      .selectFrom('organisations')
      .select('settings')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    days = organisationSettings.parse(org.settings).inactiveEnrollmentDays;
  }
  const base = tx
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'e.organisation_id').onRef('c.id', '=', 'e.client_id'),
    )
    .where('e.programme', '=', query.programme)
    .where('e.exit_on', 'is', null)
    .where('c.status', 'not in', ['merged', 'anonymised'])
    .where('e.last_activity_on', '<', sql<string>`current_date - ${days}::int`);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('e')
    .select(['c.pseudonym', sql<number>`current_date - e.last_activity_on`.as('days_without')])
    .orderBy('e.last_activity_on')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  return pageResult(
    rows.map((r) => ({ ...present(r), pseudonym: r.pseudonym, daysWithoutActivity: Number(r.days_without) })),
    total,
    query,
  );
}
