import type { Db } from '../db/pool';
import { type Tx, withTenant } from '../db/tenancy';
import { type ChainedFields, chainHash, genesisHash } from './chain';

/** Events sealed per transaction: bounds the time the chain head is held. */
const batchSize = 2_000;

type EventRow = {
  number: number;
  id: string;
  at: Date;
  actor_user_id: string | null;
  session_id: string | null;
  device_id: string | null;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  client_id: string | null;
  flagged: boolean;
  reason: string | null;
  details: Record<string, unknown>;
};

/** The hashed fields of an event at chain position `seq`. */
export function chainedFields(organisationId: string, seq: number, e: EventRow): ChainedFields {
  return {
    organisationId,
    seq,
    id: e.id,
    at: e.at,
    actorUserId: e.actor_user_id,
    sessionId: e.session_id,
    deviceId: e.device_id,
    ip: e.ip,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    clientId: e.client_id,
    flagged: e.flagged,
    reason: e.reason,
    details: e.details,
  };
}

export const eventColumns = [
  'e.number',
  'e.id',
  'e.at',
  'e.actor_user_id',
  'e.session_id',
  'e.device_id',
  'e.ip',
  'e.action',
  'e.entity_type',
  'e.entity_id',
  'e.client_id',
  'e.flagged',
  'e.reason',
  'e.details',
] as const;

/**
 * Links committed, unsealed events into the organisation's chain, oldest
 * number first, and returns how many. Only sealers lock the chain head, so
 * writers never wait for it. An event whose transaction commits after a
 * later-numbered one was sealed simply takes the next position: the chain
 * order is the sealing order, and `seq` stays gap-free.
 */
export async function sealAuditBatch(tx: Tx, organisationId: string, limit = batchSize): Promise<number> {
  await tx
    .insertInto('audit_heads')
    .values({ organisation_id: organisationId, seq: 0, hash: genesisHash })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const head = await tx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const events = await tx
    .selectFrom('audit_unsealed as u')
    .innerJoin('audit_events as e', (j) =>
      j.onRef('e.organisation_id', '=', 'u.organisation_id').onRef('e.number', '=', 'u.event_number'),
    )
    .select(eventColumns)
    .where('u.organisation_id', '=', organisationId)
    .orderBy('u.event_number')
    .limit(limit)
    .execute();
  if (events.length === 0) return 0;
  let prev = head.hash;
  let seq = Number(head.seq);
  const seals = events.map((e) => {
    seq++;
    const hash = chainHash(prev, chainedFields(organisationId, seq, e));
    const seal = { organisation_id: organisationId, seq, event_number: e.number, prev_hash: prev, hash };
    prev = hash;
    return seal;
  });
  await tx.insertInto('audit_seals').values(seals).execute();
  await tx
    .deleteFrom('audit_unsealed')
    .where('organisation_id', '=', organisationId)
    .where(
      'event_number',
      'in',
      events.map((e) => e.number),
    )
    .execute();
  await tx.updateTable('audit_heads').set({ seq, hash: prev }).where('organisation_id', '=', organisationId).execute();
  return events.length;
}

/** Seals everything committed so far for one organisation, batch by batch. */
export async function sealAuditChain(db: Db, organisationId: string): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await withTenant(db, { organisationId, userId: null }, (tx) => sealAuditBatch(tx, organisationId));
    total += n;
    if (n < batchSize) return total;
  }
}
