import { sql } from 'kysely';
import type { Discipline } from '#core/roles';
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

/** Active counsellors with their disciplines: whom an appointment of a discipline can be booked with. */
export async function listCounsellors(tx: Tx) {
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'display_name', 'disciplines'])
    .where('status', '=', 'active')
    .where(sql<boolean>`'counsellor' = ANY(roles)`)
    .orderBy('display_name')
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, displayName: r.display_name, disciplines: r.disciplines as Discipline[] })),
  };
}
