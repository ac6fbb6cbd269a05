import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { WaitingPriority, WaitingStatus } from '#core/schemas/housing';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { organisationToday, requireOpenClient, requireSite } from './checks';
import { presentWaitingEntry } from './presenters';

function waitingRows(tx: Tx) {
  return tx
    .selectFrom('housing_waiting_list as w')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'w.organisation_id').onRef('c.id', '=', 'w.client_id'),
    )
    .select([
      'w.id',
      'w.client_id',
      'c.pseudonym',
      'w.site_id',
      'w.priority',
      'w.added_on',
      'w.status',
      'w.status_on',
      'w.placement_id',
    ]);
}

async function getEntry(tx: Tx, id: string) {
  const row = await waitingRows(tx).where('w.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentWaitingEntry(row);
}

/** A site's waiting list: those waiting urgent first, then longest waiting; placed and withdrawn latest first. */
export async function listWaitingList(
  tx: Tx,
  siteId: string,
  query: { status: WaitingStatus; page: number; pageSize: number },
) {
  await requireSite(tx, siteId);
  const base = waitingRows(tx).where('w.site_id', '=', siteId).where('w.status', '=', query.status);
  const { total } = await tx
    .selectFrom('housing_waiting_list')
    .where('site_id', '=', siteId)
    .where('status', '=', query.status)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const ordered =
    query.status === 'waiting'
      ? base.orderBy(sql`w.priority = 'urgent'`, 'desc').orderBy('w.added_on').orderBy('w.id')
      : base.orderBy('w.status_on', 'desc').orderBy('w.id', 'desc');
  const rows = await ordered.limit(pageWindow(query).limit).offset(pageWindow(query).offset).execute();
  return pageResult(rows.map(presentWaitingEntry), total, query);
}

/**
 * Puts a person on a site's waiting list. Someone already waiting there is
 * refused by the partial unique index (one 'waiting' entry per person and site),
 * which also decides two receptionists adding them at the same moment.
 */
export async function addToWaitingList(
  tx: Tx,
  actor: AuditActor,
  siteId: string,
  input: { clientId: string; priority: WaitingPriority; addedOn?: string | undefined },
) {
  await requireSite(tx, siteId);
  await requireOpenClient(tx, input.clientId);
  const today = await organisationToday(tx);
  const addedOn = input.addedOn ?? today;
  if (addedOn > today) throw fieldError('addedOn', 'validation.too_big_date');
  const id = uuidv7();
  await tx
    .insertInto('housing_waiting_list')
    .values({
      organisation_id: actor.organisationId,
      id,
      client_id: input.clientId,
      site_id: siteId,
      priority: input.priority,
      added_on: addedOn,
      status_on: addedOn,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, {
    action: 'waiting_list.added',
    entityType: 'housing_waiting_list',
    entityId: id,
    clientId: input.clientId,
    details: { siteId, priority: input.priority },
  });
  return getEntry(tx, id);
}

/** Takes a person off a waiting list (they found something else, or no longer want it). */
export async function withdrawFromWaitingList(tx: Tx, actor: AuditActor, id: string) {
  const entry = await tx
    .selectFrom('housing_waiting_list')
    .select(['client_id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!entry) throw notFound();
  if (entry.status !== 'waiting') throw new AppError('conflict', { id: 'validation.not_waiting' });
  const today = await organisationToday(tx);
  await tx
    .updateTable('housing_waiting_list')
    .set({
      status: 'withdrawn',
      // Never before the day they were added, even if the organisation's time zone moved.
      status_on: sql`GREATEST(${today}::date, added_on)`,
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'waiting_list.withdrawn',
    entityType: 'housing_waiting_list',
    entityId: id,
    clientId: entry.client_id,
  });
  return getEntry(tx, id);
}

/**
 * Ends the person's wait at the site with the placement that meets it, in the
 * placement's transaction. Returns whether they were waiting.
 */
export async function markPlaced(
  tx: Tx,
  actor: AuditActor,
  input: { clientId: string; siteId: string; placementId: string; today: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('housing_waiting_list')
    .set({
      status: 'placed',
      status_on: sql`GREATEST(${input.today}::date, added_on)`,
      placement_id: input.placementId,
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('client_id', '=', input.clientId)
    .where('site_id', '=', input.siteId)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
