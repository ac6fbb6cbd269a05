import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../db/tenancy';
import { chainHash, genesisHash } from './chain';

/** Who did it, from where: filled from the request by the platform. */
export interface AuditActor {
  organisationId: string;
  userId: string | null;
  sessionId: string | null;
  deviceId?: string | null;
  ip: string | null;
}

/**
 * What happened. `details` carries ids and codes only — never names, notes,
 * codes of people or free text (it is readable by admins).
 */
export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  flagged?: boolean;
  reason?: string;
  details?: Record<string, string | number | boolean | null | string[]>;
}

/**
 * Appends one event to the organisation's hash chain inside the caller's
 * transaction: the event exists exactly when the change it describes does.
 * The chain head row is locked, so concurrent writers queue for a moment
 * instead of forking the chain.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const org = actor.organisationId;
  await tx
    .insertInto('audit_heads')
    .values({ organisation_id: org, seq: 0, hash: genesisHash })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const head = await tx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('organisation_id', '=', org)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const fields = {
    organisationId: org,
    seq: Number(head.seq) + 1,
    id: uuidv7(),
    // Millisecond precision, so the stored timestamp hashes the same when re-read.
    at: new Date(),
    actorUserId: actor.userId,
    sessionId: actor.sessionId,
    deviceId: actor.deviceId ?? null,
    ip: actor.ip,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    flagged: entry.flagged ?? false,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
  };
  const hash = chainHash(head.hash, fields);
  await tx
    .insertInto('audit_events')
    .values({
      organisation_id: org,
      seq: fields.seq,
      id: fields.id,
      at: fields.at,
      actor_user_id: fields.actorUserId,
      session_id: fields.sessionId,
      device_id: fields.deviceId,
      ip: fields.ip,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      client_id: fields.clientId,
      flagged: fields.flagged,
      reason: fields.reason,
      details: JSON.stringify(fields.details),
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await tx.updateTable('audit_heads').set({ seq: fields.seq, hash }).where('organisation_id', '=', org).execute();
}

/** Records that someone opened a client-level record ("every view leaves a trace"). */
export function auditClientRead(
  tx: Tx,
  actor: AuditActor,
  clientId: string,
  what: { entityType: string; entityId?: string; reason?: string },
): Promise<void> {
  return recordAudit(tx, actor, {
    action: 'client.read',
    clientId,
    entityType: what.entityType,
    entityId: what.entityId ?? clientId,
    ...(what.reason ? { reason: what.reason, flagged: true } : {}),
  });
}
