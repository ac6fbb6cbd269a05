import { sql } from 'kysely';
import { pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';

export interface AuditQuery {
  from?: string | undefined;
  to?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  flagged?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}

/**
 * The audit trail for admins and coordinators, newest first. Events carry ids
 * and codes only, so nothing here reveals a note or a name of a person served.
 */
export async function listAuditEvents(tx: Tx, q: AuditQuery) {
  let query = tx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (j) =>
      j.onRef('u.organisation_id', '=', 'e.organisation_id').onRef('u.id', '=', 'e.actor_user_id'),
    );
  if (q.from) query = query.where('e.at', '>=', new Date(q.from));
  if (q.to) query = query.where('e.at', '<', new Date(q.to));
  if (q.actorId) query = query.where('e.actor_user_id', '=', q.actorId);
  if (q.action) query = query.where('e.action', 'like', `${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (q.entityType) query = query.where('e.entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('e.entity_id', '=', q.entityId);
  if (q.flagged) query = query.where('e.flagged', '=', q.flagged === 'true');
  const [rows, total] = await Promise.all([
    query
      .select([
        'e.number',
        'e.id',
        'e.at',
        'e.actor_user_id',
        'u.display_name',
        'e.action',
        'e.entity_type',
        'e.entity_id',
        'e.client_id',
        'e.flagged',
        'e.reason',
        'e.ip',
      ])
      .orderBy('e.number', 'desc')
      .limit(pageWindow(q).limit)
      .offset(pageWindow(q).offset)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      seq: Number(r.number),
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor_user_id,
      actorName: r.display_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      clientId: r.client_id,
      flagged: r.flagged,
      reason: r.reason,
      ip: r.ip,
    })),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}
