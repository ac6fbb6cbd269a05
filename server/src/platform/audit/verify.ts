import { sql } from 'kysely';
import type { Tx } from '../db/tenancy';
import { chainHash, genesisHash } from './chain';
import { chainedFields, eventColumns } from './seal';

export interface ChainReport {
  ok: boolean;
  /** Sealed events whose links were recomputed. */
  checked: number;
  /** The first chain position whose link does not hold (or whose event is gone), else null. */
  brokenAtSeq: number | null;
  /** Events appended but not sealed yet (they join the chain within seconds). */
  pending: number;
  /** Events neither sealed nor waiting to be: written around the trigger, so not to be trusted. */
  outside: number;
}

const batch = 5_000;

/**
 * Recomputes an organisation's chain from the first seal: every hash over the
 * event's current fields, every link to the previous hash, no gap in the
 * positions, the head pointing at the last seal (so cutting off the newest is
 * caught too), and no event that bypassed sealing.
 */
export async function verifyAuditChain(tx: Tx, organisationId: string): Promise<ChainReport> {
  let prev: Buffer = genesisHash;
  let expected = 1;
  let brokenAtSeq: number | null = null;
  walk: for (;;) {
    const rows = await tx
      .selectFrom('audit_seals as s')
      // A seal whose event is gone drops out here and shows as a gap in `seq`.
      .innerJoin('audit_events as e', (j) =>
        j.onRef('e.organisation_id', '=', 's.organisation_id').onRef('e.number', '=', 's.event_number'),
      )
      .select(['s.seq', 's.prev_hash', 's.hash', ...eventColumns])
      .where('s.organisation_id', '=', organisationId)
      .where('s.seq', '>=', expected)
      .orderBy('s.seq')
      .limit(batch)
      .execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected || !r.prev_hash.equals(prev)) {
        brokenAtSeq = expected;
        break walk;
      }
      const hash = chainHash(prev, chainedFields(organisationId, seq, r));
      if (!hash.equals(r.hash)) {
        brokenAtSeq = seq;
        break walk;
      }
      prev = hash;
      expected++;
    }
    if (rows.length < batch) break;
  }
  const checked = expected - 1;
  const counts = await tx
    .selectNoFrom((eb) => [
      eb
        .selectFrom('audit_events')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('organisation_id', '=', organisationId)
        .as('events'),
      eb
        .selectFrom('audit_unsealed as u')
        .innerJoin('audit_events as e', (j) =>
          j.onRef('e.organisation_id', '=', 'u.organisation_id').onRef('e.number', '=', 'u.event_number'),
        )
        .select(sql<number>`count(*)::int`.as('n'))
        .where('u.organisation_id', '=', organisationId)
        .as('pending'),
      eb
        .selectFrom('audit_seals')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('organisation_id', '=', organisationId)
        .as('sealed'),
    ])
    .executeTakeFirstOrThrow();
  const pending = Number(counts.pending);
  const outside = Math.max(0, Number(counts.events) - Number(counts.sealed) - pending);
  if (brokenAtSeq === null) {
    const head = await tx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (head && (Number(head.seq) !== checked || !head.hash.equals(prev))) brokenAtSeq = checked + 1;
  }
  return { ok: brokenAtSeq === null && outside === 0, checked, brokenAtSeq, pending, outside };
}
