import type { Tx } from '../../platform/db/tenancy';

/** Active colleagues by name: what any signed-in user may see to pick a worker or a team member. */
export async function listDirectory(tx: Tx) {
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('status', '=', 'active')
    .orderBy('display_name')
    .execute();
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}
