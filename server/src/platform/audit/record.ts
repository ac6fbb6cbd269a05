import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../db/tenancy';

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

type AppendListener = (organisationId: string) => void;
let appendListener: AppendListener | null = null;

/** The jobs runner listens here to schedule sealing soon after events are appended. */
export function onAuditAppended(listener: AppendListener | null): void {
  appendListener = listener;
}

/**
 * The insert of some events, for a caller that runs it inside a statement of
 * its own (see db/batch.ts `writeTogether`) — it must run in the transaction
 * of the change they describe. The sealer is told events are coming.
 */
export function auditWrites(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]) {
  appendListener?.(actor.organisationId);
  // Millisecond precision, so the stored timestamp hashes the same when re-read.
  const at = new Date();
  return tx.insertInto('audit_events').values(
    entries.map((entry) => ({
      organisation_id: actor.organisationId,
      id: uuidv7(),
      at,
      actor_user_id: actor.userId,
      session_id: actor.sessionId,
      device_id: actor.deviceId ?? null,
      ip: actor.ip,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      client_id: entry.clientId ?? null,
      flagged: entry.flagged ?? false,
      reason: entry.reason ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })),
  );
}

/** The insert of one event (see auditWrites). */
export function auditWrite(tx: Tx, actor: AuditActor, entry: AuditEntry) {
  return auditWrites(tx, actor, [entry]);
}

/**
 * Appends one event inside the caller's transaction: the event exists exactly
 * when the change it describes does. It takes no lock, so concurrent writers
 * of one organisation do not wait for each other; the sealer links it into
 * the organisation's hash chain shortly after it commits (see seal.ts).
 */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await auditWrite(tx, actor, entry).execute();
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
