import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';

/** Splits a batch into consecutive chunks of at most `size`, in order. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Takes a transaction-scoped advisory lock on each op id of a chunk, in one fixed order (by the
 * key) and before any of them is written. Two deliveries carrying the same operations then
 * meet here, and the second waits for the first to commit instead of each writing some of them
 * in its own order and waiting on the other's (a deadlock). The two-key form keeps these
 * locks apart from the single-key ones (migrations, the rollup job).
 */
export async function lockOperationIds(tx: Tx, opIds: readonly string[]): Promise<void> {
  if (opIds.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(hashtext('kontakt.sync_op'), k)
            FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest(${[...opIds]}::text[]) AS id ORDER BY 1) AS keys`.execute(
    tx,
  );
}

/** Deadlock detected, serialization failure: PostgreSQL rolled the transaction back and asks for it again. */
const retryable = new Set(['40P01', '40001']);
const attempts = 5;

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && retryable.has(String((error as { code?: unknown }).code));
}

/**
 * Runs a transaction again when PostgreSQL aborted it as a deadlock victim. A
 * chunk holds several rows locked at once (the people's activity rows, the
 * cards' references), so two phones recording for the same people in different
 * orders can wait on each other; the rolled-back chunk wrote and answered
 * nothing, so running it again is safe, and what the other delivery committed
 * meanwhile is then answered already applied. Gives up (an error, the phone
 * retries later) after a few attempts.
 */
export async function withRetriedTransaction<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      // Jitter, so the two sides do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, (20 + Math.random() * 80) * attempt));
    }
  }
}
