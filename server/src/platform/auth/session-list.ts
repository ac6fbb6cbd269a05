import { sql } from 'kysely';
import { type AuditActor, recordAudit } from '../audit/record';
import type { Tx } from '../db/tenancy';
import { notFound } from '../errors';

/** A user's live sessions, newest first, marking the caller's own. */
export async function listSessions(tx: Tx, userId: string, currentSessionId: string | null) {
  const rows = await tx
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', sql<string | null>`host(ip)`.as('ip')])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .where(sql<boolean>`last_seen_at + make_interval(secs => idle_seconds) > now()`)
    .orderBy('created_at', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      userAgent: r.user_agent,
      ip: r.ip,
      current: r.id === currentSessionId,
    })),
  };
}

/** Revokes one session of a user (their own, from "my sessions"). */
export async function revokeSession(tx: Tx, actor: AuditActor, userId: string, sessionId: string): Promise<void> {
  const result = await tx
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound();
  await recordAudit(tx, actor, { action: 'session.revoked', entityType: 'session', entityId: sessionId });
}
