import type { Tx } from '../db/tenancy';
import { chainHash, genesisHash } from './chain';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first event whose link does not hold (or the missing one), else null. */
  brokenAtSeq: number | null;
}

const batch = 5_000;

/**
 * Recomputes an organisation's chain from the first event: every hash, every
 * link to the previous hash, no gap in the sequence, and the head pointing at
 * the last event (so cutting off the newest events is caught too).
 */
export async function verifyAuditChain(tx: Tx, organisationId: string): Promise<ChainReport> {
  let prev: Buffer = genesisHash;
  let expected = 1;
  for (;;) {
    const rows = await tx
      .selectFrom('audit_events')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('seq', '>=', expected)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected || !r.prev_hash.equals(prev))
        return { ok: false, checked: expected - 1, brokenAtSeq: expected };
      const hash = chainHash(prev, {
        organisationId,
        seq,
        id: r.id,
        at: r.at,
        actorUserId: r.actor_user_id,
        sessionId: r.session_id,
        deviceId: r.device_id,
        ip: r.ip,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        clientId: r.client_id,
        flagged: r.flagged,
        reason: r.reason,
        details: r.details,
      });
      if (!hash.equals(r.hash)) return { ok: false, checked: expected - 1, brokenAtSeq: seq };
      prev = hash;
      expected++;
    }
    if (rows.length < batch) break;
  }
  const head = await tx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  const last = expected - 1;
  if (head && (Number(head.seq) !== last || !head.hash.equals(prev))) {
    return { ok: false, checked: last, brokenAtSeq: last + 1 };
  }
  return { ok: true, checked: last, brokenAtSeq: null };
}
