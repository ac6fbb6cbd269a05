import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';

/** Target groups must be items of the organisation's own target-group catalogue. */
export async function checkTargetGroups(tx: Tx, ids: readonly string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const unique = [...new Set(ids)];
  const found = await tx
    .selectFrom('catalogue_items')
    .select('id')
    .where('kind', '=', 'target_group')
    .where('id', 'in', unique)
    .execute();
  if (found.length !== unique.length) throw fieldError('targetGroupIds', 'validation.target_group_unknown');
}

/** The assigned worker must be an active user of the organisation. */
export async function checkWorker(tx: Tx, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const user = await tx
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!user) throw fieldError('assignedWorkerId', 'validation.worker_unknown');
}

/** Locks a client row for a change and refuses merged or anonymised ones (their record is closed). */
export async function lockOpenClient(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('clients')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.status === 'merged' || row.status === 'anonymised') throw fieldError('id', 'validation.merge_unavailable');
  return row;
}
