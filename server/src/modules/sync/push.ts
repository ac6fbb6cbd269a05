import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { z } from 'zod';
import { translate, translateIssues } from '#core/i18n/index';
import { can } from '#core/permissions/policy';
import type { pushBody, pushResponse, SyncOperation } from '#core/schemas/sync';
import { type Tx, withTenant } from '../../platform/db/tenancy';
import { AppError, fieldError } from '../../platform/errors';
import { requireAuth } from '../../platform/http/context';
import { requestLocale } from '../../platform/http/locale';
import { operationHandlers, operationInput } from './operations';
import { chunksOf, lockOperationIds, withRetriedTransaction } from './push-chunks';
import './tables';

type Result = z.infer<typeof pushResponse>['results'][number];

/**
 * Operations per transaction. An operation outside a run of cards runs under its
 * own SAVEPOINT, and PostgreSQL keeps up to 64 subtransaction ids of a transaction in shared memory;
 * past that every other session's snapshot must consult pg_subtrans while the
 * transaction is open. 50 stays under it, keeps each transaction short (it holds
 * the shift FOR SHARE and the people's activity rows, and the change feed waits
 * for it, decision 011), and still commits 20 times, not 1,000, for a long outbox.
 */
export const pushChunkSize = 50;

/** An operation checked without the database: its handler and parsed input, or the answer refusing it. */
type Prepared =
  | { op: SyncOperation; handler: (typeof operationHandlers)[SyncOperation['type']]; input: unknown }
  | { op: SyncOperation; refusal: (locale: string) => Result };
type Ready = Extract<Prepared, { input: unknown }>;

/**
 * Applies a batch from a phone's outbox in the order sent, in transactions of
 * `pushChunkSize` operations: consecutive operations of a type that applies
 * many at once (contact cards) as one run, every other operation under a
 * savepoint of its own. Each answer is per operation: applied; already applied
 * (its `opId` was applied before — a batch delivered twice, or retried after a
 * lost answer, changes nothing); or rejected with the translated reason, which
 * the phone keeps for correction. A rejected operation writes nothing (a run
 * checks each card before it writes any; otherwise it rolls back to its
 * savepoint) and is not remembered, while its neighbours stay applied. An
 * operation's `opId` is written in the same transaction as its effect, so a
 * server stopped mid-batch has committed whole chunks only (each with its op
 * ids) and answered nothing: the phone sends the batch again, the committed
 * part answers already applied. Each chunk first locks its op ids in one order,
 * so two deliveries of the same operations wait for each other; a deadlock on
 * other rows runs the chunk again.
 * A revoked device applies nothing and is told to wipe.
 */
export async function pushOperations(request: FastifyRequest, body: z.infer<typeof pushBody>) {
  const auth = requireAuth(request);
  const tenant = { organisationId: auth.organisation.id, userId: auth.user.id };
  const { db } = request.server.platform;
  // No data key is made in advance: the keyring caches a key only once the transaction that made it has
  // committed, so a chunk that rolls back (a deadlock retried, an error) takes its new key with it.
  const device = await withTenant(db, tenant, (tx) =>
    tx
      .selectFrom('devices')
      .select(['revoked_at'])
      .where('id', '=', body.deviceId)
      .where('user_id', '=', auth.user.id)
      .executeTakeFirst(),
  );
  if (!device) throw fieldError('deviceId', 'validation.invalid');
  const { maxOfflineDays } = auth.organisation.settings;
  if (device.revoked_at) return { device: 'wipe' as const, maxOfflineDays, results: [] };

  const locale = requestLocale(request);
  const rejected = (opId: string, code: string, fields?: Record<string, string>): Result => ({
    opId,
    outcome: 'rejected',
    reason: { code, message: translate(locale, `errors.${code}`), ...(fields ? { fields } : {}) },
  });
  const prepared = body.operations.map((op): Prepared => {
    const handler = operationHandlers[op.type];
    if (!can(auth.user.roles, handler.action)) return { op, refusal: () => rejected(op.opId, 'forbidden') };
    const input = operationInput(op);
    if (!input.success) {
      const fields = translateIssues(input.error.issues, locale);
      return { op, refusal: () => rejected(op.opId, 'validation_failed', fields) };
    }
    return { op, handler, input: input.data };
  });

  /** A refusal by the service, translated as the online route would answer it. */
  const rejectedBy = (opId: string) => (error: AppError) => {
    const fields = error.fields
      ? Object.fromEntries(Object.entries(error.fields).map(([f, key]) => [f, translate(locale, key)]))
      : undefined;
    return rejected(opId, error.code, fields);
  };

  /** One operation under the savepoint just set: applied, found applied, or refused and rolled back. */
  const applyOne = async (tx: Tx, p: Ready, refuse: (error: AppError) => Result): Promise<Result> => {
    const { op } = p;
    try {
      // Remembered in the same transaction as its effect: both or neither. A concurrent delivery
      // of the same op waits here for the other transaction, then finds it applied; the same op
      // twice in one batch finds its first copy.
      const fresh = await tx
        .insertInto('sync_operations')
        .values({
          organisation_id: tenant.organisationId,
          op_id: op.opId,
          device_id: body.deviceId,
          user_id: auth.user.id,
          type: op.type,
          record_id: op.recordId,
        })
        .onConflict((oc) => oc.columns(['organisation_id', 'op_id']).doNothing())
        .returning('op_id')
        .executeTakeFirst();
      if (fresh) await p.handler.apply(tx, request, p.input);
      return { opId: op.opId, outcome: fresh ? 'applied' : 'already_applied' };
    } catch (error) {
      // Anything but a refusal (a lost connection, a deadlock) fails the chunk: nothing of it commits.
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      // Back to before the operation; the savepoint stays set and is let go with the next one's (or the commit).
      await sql`ROLLBACK TO SAVEPOINT push_op`.execute(tx);
      return refuse(error);
    }
  };

  /**
   * Consecutive operations of a type that applies many at once, in one go: no
   * savepoints (a refused one wrote nothing), and the op ids of the applied ones
   * stored in one statement — safe without the insert's gate, as the chunk holds
   * the advisory locks of its op ids and has read which were applied before.
   */
  const applyRun = async (tx: Tx, run: Ready[]): Promise<Result[]> => {
    const applyMany = run[0]?.handler.applyMany;
    if (!applyMany) return [];
    const refusals = await applyMany(
      tx,
      request,
      run.map((p) => p.input),
    );
    const applied = run.filter((_, i) => !refusals[i]);
    if (applied.length > 0)
      await tx
        .insertInto('sync_operations')
        .values(
          applied.map(({ op }) => ({
            organisation_id: tenant.organisationId,
            op_id: op.opId,
            device_id: body.deviceId,
            user_id: auth.user.id,
            type: op.type,
            record_id: op.recordId,
          })),
        )
        .onConflict((oc) => oc.columns(['organisation_id', 'op_id']).doNothing())
        .execute();
    return run.map(({ op }, i) => {
      const refused = refusals[i];
      return refused ? rejectedBy(op.opId)(refused) : { opId: op.opId, outcome: 'applied' };
    });
  };

  /** One chunk in the transaction `tx`; its answers count only once it commits. */
  const applyChunk = async (tx: Tx, chunk: Prepared[], last: boolean): Promise<Result[]> => {
    // Applied before (by an earlier delivery): answered so whatever has changed since (a role, a shift closed).
    const ids = chunk.map((p) => p.op.opId);
    await lockOperationIds(tx, ids);
    const applied = await tx.selectFrom('sync_operations').select('op_id').where('op_id', 'in', ids).execute();
    const seen = new Set(applied.map((r) => r.op_id));
    const out = new Map<Prepared, Result>();
    let savepoint = false;
    let run: Ready[] = [];
    const flush = async () => {
      const results = await applyRun(tx, run);
      for (const [i, result] of results.entries()) {
        out.set(run[i] as Ready, result);
        if (result.outcome === 'applied') seen.add(result.opId);
      }
      run = [];
    };
    for (const p of chunk) {
      const { op } = p;
      // The same op twice in a run: the first is applied (or refused) before the second is looked at.
      if (run.some((r) => r.op.opId === op.opId)) await flush();
      if (seen.has(op.opId)) out.set(p, { opId: op.opId, outcome: 'already_applied' });
      else if ('refusal' in p) out.set(p, p.refusal(locale));
      else if (p.handler.applyMany) {
        if (run[0] && run[0].op.type !== op.type) await flush();
        run.push(p);
      } else {
        // What follows may read what the run writes (a card, then an edit of its person).
        await flush();
        // One round trip: the previous operation's savepoint is let go as this one's is set.
        await sql.raw(savepoint ? 'RELEASE SAVEPOINT push_op; SAVEPOINT push_op' : 'SAVEPOINT push_op').execute(tx);
        savepoint = true;
        const result = await applyOne(tx, p, rejectedBy(op.opId));
        out.set(p, result);
        if (result.outcome !== 'rejected') seen.add(op.opId);
      }
    }
    await flush();
    if (last)
      await tx.updateTable('devices').set({ last_sync_at: sql`now()` }).where('id', '=', body.deviceId).execute();
    return chunk.map((p) => out.get(p) as Result);
  };

  const results: Result[] = [];
  const chunks = chunksOf(prepared, pushChunkSize);
  for (const [i, chunk] of chunks.entries()) {
    const last = i === chunks.length - 1;
    results.push(...(await withRetriedTransaction(() => withTenant(db, tenant, (tx) => applyChunk(tx, chunk, last)))));
  }
  if (chunks.length === 0)
    await withTenant(db, tenant, (tx) =>
      tx.updateTable('devices').set({ last_sync_at: sql`now()` }).where('id', '=', body.deviceId).execute(),
    );
  return { device: 'active' as const, maxOfflineDays, results };
}
