import { type Compilable, type OperationNodeSource, sql } from 'kysely';
import type { Tx } from './tenancy';

/** A write (insert, update, delete) built but not run. */
export type PendingWrite = Compilable & OperationNodeSource;

/**
 * Runs several writes and an optional final query as ONE statement, the
 * writes as data-modifying CTEs: one round trip instead of one per write.
 * They all see the snapshot from before the statement (none sees another's
 * rows), must not touch the same row twice, and constraints are checked at
 * the end of the statement — so use it for independent writes of one change.
 * Returns the final query's first row.
 */
export async function writeTogether<Row = never>(
  tx: Tx,
  writes: readonly PendingWrite[],
  final?: Compilable<Row> & OperationNodeSource,
): Promise<Row | undefined> {
  const parts = [...writes];
  const last = final ?? parts.pop();
  if (!last) return undefined;
  const ctes = parts.map((q, i) => sql`${sql.raw(`write_${i}`)} AS (${q})`);
  const statement = ctes.length ? sql<Row>`WITH ${sql.join(ctes)} ${last}` : sql<Row>`${last}`;
  const result = await statement.execute(tx);
  return result.rows[0];
}
