import { type Selectable, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CreateShiftBody, Shift, UpdateShiftBody } from '#core/schemas/shifts';
import { recordAudit } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { checkExists } from './catalogue-check';
import { type OutreachContext, seal, teamsOf, unseal } from './context';
import type { ShiftsTable } from './tables';
import { visibleShift } from './visibility';

registerEncryptedColumn({ table: 'shifts', column: 'narrative_enc' });
const narrativeAad = (id: string) => columnAad('shifts', 'narrative_enc', id);

/** Statuses in which the shift and its contacts can still change. */
export const editableStatuses = ['planned', 'open', 'returned'] as const;

async function present(tx: Tx, ctx: OutreachContext, r: Selectable<ShiftsTable>, memberIds: string[]): Promise<Shift> {
  return {
    id: r.id,
    teamId: r.team_id,
    date: r.shift_on,
    plannedStart: r.planned_start.slice(0, 5),
    plannedEnd: r.planned_end.slice(0, 5),
    actualStart: r.actual_start?.toISOString() ?? null,
    actualEnd: r.actual_end?.toISOString() ?? null,
    channel: r.channel as Shift['channel'],
    areaId: r.area_id,
    spotIds: r.spot_ids,
    memberIds,
    status: r.status as Shift['status'],
    narrative: await unseal(tx, ctx, narrativeAad(r.id), r.narrative_enc),
    incidentCount: r.incident_count,
    reviewComment: r.review_comment,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    reviewedBy: r.reviewed_by,
    createdBy: r.created_by,
  };
}

async function membersOf(tx: Tx, shiftIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(shiftIds.map((id) => [id, []]));
  if (shiftIds.length === 0) return map;
  const rows = await tx
    .selectFrom('shift_members')
    .select(['shift_id', 'user_id'])
    .where('shift_id', 'in', shiftIds)
    .execute();
  for (const r of rows) map.get(r.shift_id)?.push(r.user_id);
  return map;
}

async function checkMembers(tx: Tx, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await tx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', unique)
    .where('status', '=', 'active')
    .execute();
  if (found.length !== unique.length) throw fieldError('memberIds', 'validation.worker_unknown');
}

async function checkSpots(tx: Tx, areaId: string | null | undefined, spotIds: readonly string[] | undefined) {
  await checkExists(tx, 'areas', areaId, 'areaId');
  if (!spotIds || spotIds.length === 0) return;
  const unique = [...new Set(spotIds)];
  let q = tx.selectFrom('spots').select('id').where('id', 'in', unique);
  if (areaId) q = q.where('area_id', '=', areaId);
  if ((await q.execute()).length !== unique.length) throw fieldError('spotIds', 'validation.invalid');
}

async function replaceMembers(tx: Tx, ctx: OutreachContext, shiftId: string, memberIds: readonly string[]) {
  await tx.deleteFrom('shift_members').where('shift_id', '=', shiftId).execute();
  await tx
    .insertInto('shift_members')
    .values(
      [...new Set(memberIds)].map((user_id) => ({
        organisation_id: ctx.actor.organisationId,
        shift_id: shiftId,
        user_id,
      })),
    )
    .execute();
}

/** A team's shift. Outreach workers plan for their own teams; coordinators for any. */
export async function createShift(tx: Tx, ctx: OutreachContext, input: CreateShiftBody) {
  await checkExists(tx, 'teams', input.teamId, 'teamId');
  if (ctx.scope !== 'all' && !(await teamsOf(tx, ctx.userId)).includes(input.teamId))
    throw fieldError('teamId', 'validation.not_a_member');
  await checkSpots(tx, input.areaId, input.spotIds);
  const memberIds = input.memberIds.length > 0 ? input.memberIds : [ctx.userId];
  await checkMembers(tx, memberIds);
  const id = uuidv7();
  await tx
    .insertInto('shifts')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      team_id: input.teamId,
      shift_on: input.date,
      planned_start: input.plannedStart,
      planned_end: input.plannedEnd,
      channel: input.channel,
      area_id: input.areaId,
      spot_ids: [...new Set(input.spotIds)],
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    .execute();
  await replaceMembers(tx, ctx, id, memberIds);
  await recordAudit(tx, ctx.actor, { action: 'shift.created', entityType: 'shift', entityId: id });
  return getShift(tx, ctx, id);
}

/**
 * A shift the user may see. `update` locks it for a change or a transition;
 * `share` lets many contacts be recorded on it at once while keeping it from
 * being submitted under them.
 */
export async function findShift(tx: Tx, ctx: OutreachContext, id: string, lock?: 'update' | 'share') {
  let q = tx.selectFrom('shifts').selectAll().where('id', '=', id).where(visibleShift(ctx));
  if (lock === 'update') q = q.forUpdate();
  if (lock === 'share') q = q.forShare();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function getShift(tx: Tx, ctx: OutreachContext, id: string) {
  const row = await findShift(tx, ctx, id);
  return present(tx, ctx, row, (await membersOf(tx, [id])).get(id) ?? []);
}

export async function listShifts(
  tx: Tx,
  ctx: OutreachContext,
  query: {
    page: number;
    pageSize: number;
    from?: string | undefined;
    to?: string | undefined;
    status?: string | undefined;
    teamId?: string | undefined;
  },
) {
  let base = tx.selectFrom('shifts').where(visibleShift(ctx));
  if (query.from) base = base.where('shift_on', '>=', query.from);
  if (query.to) base = base.where('shift_on', '<=', query.to);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.teamId) base = base.where('team_id', '=', query.teamId);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('shift_on', 'desc')
    .orderBy('planned_start', 'desc')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  const members = await membersOf(
    tx,
    rows.map((r) => r.id),
  );
  const items = [];
  for (const r of rows) items.push(await present(tx, ctx, r, members.get(r.id) ?? []));
  return pageResult(items, total, query);
}

/** Changes a shift that is still planned, open or returned. */
export async function updateShift(tx: Tx, ctx: OutreachContext, id: string, input: UpdateShiftBody) {
  const row = await findShift(tx, ctx, id, 'update');
  if (!(editableStatuses as readonly string[]).includes(row.status))
    throw fieldError('status', 'validation.shift_closed');
  const areaId = input.areaId !== undefined ? input.areaId : row.area_id;
  await checkSpots(tx, areaId, input.spotIds ?? (input.areaId !== undefined ? row.spot_ids : undefined));
  if (input.memberIds) await checkMembers(tx, input.memberIds);
  const start = input.actualStart !== undefined ? input.actualStart : (row.actual_start?.toISOString() ?? null);
  const end = input.actualEnd !== undefined ? input.actualEnd : (row.actual_end?.toISOString() ?? null);
  if (start && end && new Date(end) <= new Date(start)) throw fieldError('actualEnd', 'validation.end_before_start');
  await tx
    .updateTable('shifts')
    .set({
      ...(input.date !== undefined ? { shift_on: input.date } : {}),
      ...(input.plannedStart !== undefined ? { planned_start: input.plannedStart } : {}),
      ...(input.plannedEnd !== undefined ? { planned_end: input.plannedEnd } : {}),
      ...(input.actualStart !== undefined ? { actual_start: input.actualStart } : {}),
      ...(input.actualEnd !== undefined ? { actual_end: input.actualEnd } : {}),
      ...(input.channel !== undefined ? { channel: input.channel } : {}),
      ...(input.areaId !== undefined ? { area_id: input.areaId } : {}),
      ...(input.spotIds !== undefined ? { spot_ids: [...new Set(input.spotIds)] } : {}),
      ...(input.incidentCount !== undefined ? { incident_count: input.incidentCount } : {}),
      ...(input.narrative !== undefined
        ? { narrative_enc: await seal(tx, ctx, narrativeAad(id), input.narrative) }
        : {}),
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  if (input.memberIds) await replaceMembers(tx, ctx, id, input.memberIds);
  await recordAudit(tx, ctx.actor, {
    action: 'shift.updated',
    entityType: 'shift',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  return getShift(tx, ctx, id);
}
