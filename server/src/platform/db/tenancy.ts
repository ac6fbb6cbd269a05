import { sql, type Transaction } from 'kysely';
import type { Db } from './pool';
import type { Database } from './types';

export type Tx = Transaction<Database>;

/** Who acts in a transaction; stamped on rows and audit events. */
export interface TenantContext {
  organisationId: string;
  userId: string | null;
}

/**
 * Runs `work` in one transaction scoped to an organisation: row-level security
 * sees only that organisation's rows, and nothing is committed unless `work`
 * resolves. Services receive the transaction and never reach for the pool.
 */
export async function withTenant<T>(db: Db, ctx: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('kontakt.organisation_id', ${ctx.organisationId}, true),
                     set_config('kontakt.user_id', ${ctx.userId ?? ''}, true)`.execute(tx);
    return work(tx);
  });
}
