import { createHash } from 'node:crypto';

/** The fields of an audit event that the hash covers: all of them. */
export interface ChainedFields {
  organisationId: string;
  seq: number;
  id: string;
  at: Date;
  actorUserId: string | null;
  sessionId: string | null;
  deviceId: string | null;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  flagged: boolean;
  reason: string | null;
  details: Record<string, unknown>;
}

/** The hash a chain starts from. */
export const genesisHash: Buffer = Buffer.alloc(32);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * hash(n) = SHA-256(hash(n-1) ‖ canonical JSON of event n). Changing, removing
 * or reordering any event breaks every later link.
 */
export function chainHash(prev: Buffer, e: ChainedFields): Buffer {
  const body = JSON.stringify([
    'kontakt-audit-v1',
    e.organisationId,
    e.seq,
    e.id,
    e.at.toISOString(),
    e.actorUserId,
    e.sessionId,
    e.deviceId,
    e.ip,
    e.action,
    e.entityType,
    e.entityId,
    e.clientId,
    e.flagged,
    e.reason,
    canonical(e.details),
  ]);
  return createHash('sha256').update(prev).update(body).digest();
}
