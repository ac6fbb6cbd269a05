import { type Selectable, sql } from 'kysely';
import type { Enrollment, Programme } from '#core/schemas/enrollments';
import { organisationSettings } from '#core/schemas/organisation';
import { type AuditActor, auditClientRead, recordAudit } from '../../platform/audit/record';
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
