import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Programme } from '#core/schemas/enrollments';
import { type AuditActor, auditClientRead, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { recordActivity } from './activity';
import type { ClientContext } from './context';
import { presentMerge } from './presenters';
import { clientReferences, referenceKey } from './references';

async function lockPair(tx: Tx, keptId: string, mergedId: string) {
  // Lock in id order so two merges of the same pair cannot deadlock.
  const rows = await tx
    .selectFrom('clients')
    .select(['id', 'status', 'first_contact_on'])
    .where('id', 'in', [keptId, mergedId])
    .orderBy('id')
    .forUpdate()
    .execute();
  const kept = rows.find((r) => r.id === keptId);
  const merged = rows.find((r) => r.id === mergedId);
  if (!kept || !merged) throw notFound();
  return { kept, merged };
}

const closed = (status: string) => status === 'merged' || status === 'anonymised';

/**
 * Merges a duplicate into the kept client: every record of the duplicate moves
 * over (the moved row ids are kept, so the merge can be undone exactly), the
 * duplicate becomes "merged" and points at the kept client. Its identity
 * record, if any, stays with it and remains reachable through it.
 */
export async function mergeClients(tx: Tx, ctx: ClientContext, keptId: string, mergedId: string) {
  if (keptId === mergedId) throw fieldError('duplicateId', 'validation.merge_same');
  const { kept, merged } = await lockPair(tx, keptId, mergedId);
  if (closed(kept.status) || closed(merged.status)) throw fieldError('duplicateId', 'validation.merge_unavailable');
  const moved: Record<string, string[]> = {};
  for (const ref of clientReferences()) {
    const idColumn = ref.idColumn ?? 'id';
    const { rows } = await sql<{ id: string }>`
      UPDATE ${sql.table(ref.table)} SET ${sql.ref(ref.column)} = ${keptId}
      WHERE ${sql.ref(ref.column)} = ${mergedId} RETURNING ${sql.ref(idColumn)} AS id`.execute(tx);
    moved[referenceKey(ref)] = rows.map((r) => r.id);
  }
  // Open episodes are unique per person and programme, so they do not move: the
  // kept client's episode takes over the duplicate's dates instead.
  const episodes = await tx
    .selectFrom('enrollments')
    .select(['programme', 'start_on', 'last_activity_on'])
    .where('client_id', '=', mergedId)
    .where('exit_on', 'is', null)
    .execute();
  for (const e of episodes) {
    await recordActivity(tx, ctx.actor, keptId, e.programme as Programme, e.start_on);
    await recordActivity(tx, ctx.actor, keptId, e.programme as Programme, e.last_activity_on);
  }
  const firstContact = [kept.first_contact_on, merged.first_contact_on]
    .filter((d): d is string => d !== null)
    .sort()[0];
  await tx
    .updateTable('clients')
    .set({ first_contact_on: firstContact ?? null, updated_at: sql`now()`, updated_by: ctx.actor.userId })
    .where('id', '=', keptId)
    .execute();
  await tx
    .updateTable('clients')
    .set({ status: 'merged', merged_into_id: keptId, updated_at: sql`now()`, updated_by: ctx.actor.userId })
    .where('id', '=', mergedId)
    .execute();
  const row = await tx
    .insertInto('client_merges')
    .values({
      organisation_id: ctx.actor.organisationId,
      id: uuidv7(),
      kept_id: keptId,
      merged_id: mergedId,
      moved: JSON.stringify(moved),
      merged_previous_status: merged.status,
      kept_previous_first_contact_on: kept.first_contact_on,
      merged_by: ctx.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, ctx.actor, {
    action: 'client.merged',
    entityType: 'client_merge',
    entityId: row.id,
    clientId: keptId,
    details: { mergedId, moved: Object.values(moved).reduce((n, ids) => n + ids.length, 0) },
  });
  return presentMerge(row);
}

/** Undoes a merge: exactly the moved rows go back and the duplicate is restored as it was. */
export async function undoMerge(tx: Tx, ctx: ClientContext, mergeId: string) {
  const merge = await tx
    .selectFrom('client_merges')
    .selectAll()
    .where('id', '=', mergeId)
    .forUpdate()
    .executeTakeFirst();
  if (!merge) throw notFound();
  if (merge.undone_at) throw fieldError('id', 'validation.merge_unavailable');
  const { kept } = await lockPair(tx, merge.kept_id, merge.merged_id);
  // Once the kept client was itself merged away, this merge is buried under the later one.
  if (closed(kept.status)) throw fieldError('id', 'validation.merge_unavailable');
  for (const ref of clientReferences()) {
    const ids = merge.moved[referenceKey(ref)] ?? [];
    if (ids.length === 0) continue;
    await sql`
      UPDATE ${sql.table(ref.table)} SET ${sql.ref(ref.column)} = ${merge.merged_id}
      WHERE ${sql.ref(ref.idColumn ?? 'id')} = ANY(${ids}::uuid[]) AND ${sql.ref(ref.column)} = ${merge.kept_id}`.execute(
      tx,
    );
  }
  await tx
    .updateTable('clients')
    .set({
      first_contact_on: merge.kept_previous_first_contact_on,
      updated_at: sql`now()`,
      updated_by: ctx.actor.userId,
    })
    .where('id', '=', merge.kept_id)
    .execute();
  await tx
    .updateTable('clients')
    .set({
      status: merge.merged_previous_status,
      merged_into_id: null,
      updated_at: sql`now()`,
      updated_by: ctx.actor.userId,
    })
    .where('id', '=', merge.merged_id)
    .execute();
  const row = await tx
    .updateTable('client_merges')
    .set({ undone_at: sql`now()`, undone_by: ctx.actor.userId })
    .where('id', '=', mergeId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, ctx.actor, {
    action: 'client.merge_undone',
    entityType: 'client_merge',
    entityId: mergeId,
    clientId: merge.kept_id,
    details: { mergedId: merge.merged_id },
  });
  return presentMerge(row);
}

/** Merges into (or of) a client, newest first. */
export async function listMerges(tx: Tx, actor: AuditActor, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  await auditClientRead(tx, actor, clientId, { entityType: 'client_merges' });
  const rows = await tx
    .selectFrom('client_merges')
    .selectAll()
    .where((eb) => eb.or([eb('kept_id', '=', clientId), eb('merged_id', '=', clientId)]))
    .orderBy('merged_at', 'desc')
    .execute();
  return { items: rows.map(presentMerge) };
}
