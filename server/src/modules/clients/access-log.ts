import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';

const shown = 200;

/**
 * "Who opened this record": the audit events about one client, newest first,
 * with the colleague's name. Reasons given for opening the identity stay in
 * the admin audit viewer; here the entry is only marked as flagged.
 */
export async function clientAccessLog(tx: Tx, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await tx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (join) =>
      join.onRef('u.organisation_id', '=', 'e.organisation_id').onRef('u.id', '=', 'e.actor_user_id'),
    )
    .select(['e.at', 'e.actor_user_id', 'u.display_name', 'e.action', 'e.entity_type', 'e.flagged'])
    .where('e.client_id', '=', clientId)
    .orderBy('e.at', 'desc')
    .orderBy('e.number', 'desc')
    .limit(shown)
    .execute();
  return {
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      userId: r.actor_user_id,
      userName: r.display_name,
      action: r.action,
      entityType: r.entity_type,
      flagged: r.flagged,
    })),
  };
}
