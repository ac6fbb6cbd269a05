import { sql } from 'kysely';
import type { Tx } from '../db/tenancy';
import { decryptField, encryptField, fieldKeyVersion, generateDataKey, unwrapDataKey, wrapDataKey } from './envelope';

interface OrgKeys {
  current: number;
  keys: Map<number, Buffer>;
  loadedAt: number;
}

/** How long a process trusts its cached keys: a rotation by `npm run keys:rotate` is picked up within it. */
const cacheMs = 60_000;

/**
 * Transaction-local setting listing the organisations whose keys the current
 * transaction has written (comma-separated). PostgreSQL undoes it together with
 * the rows: at a rollback, and at a ROLLBACK TO SAVEPOINT taken before the write.
 */
const changedSetting = 'kontakt.data_keys_changed';

/**
 * Field encryption for one process: each organisation's data keys are
 * unwrapped from the database once (under the master key) and kept in memory.
 * All reads go through the caller's transaction, so row-level security decides
 * which organisation's keys can be loaded at all.
 *
 * Only committed keys are cached. A key made (or retired) by a transaction is
 * seen by that transaction alone until it commits, and is gone if it rolls
 * back; cached, it would outlive a rollback, and values sealed with it later
 * would be unreadable once the process restarts. So a transaction that has
 * written keys reads them from the database each time (its own view, savepoints
 * included), and the cache is filled only by a read that saw no uncommitted key
 * writes of its own transaction (under READ COMMITTED the other rows it sees are
 * committed). Concurrent first uses agree: the second insert of a version waits
 * for the first transaction, then does nothing if it committed (both read its
 * key) or inserts its own if it rolled back.
 */
export class Keyring {
  private cache = new Map<string, OrgKeys>();
  /** Organisations whose keys a transaction has written: it skips the cache for them. */
  private changedIn = new WeakMap<Tx, Set<string>>();
  constructor(private readonly master: Buffer) {}

  private async load(tx: Tx, organisationId: string): Promise<OrgKeys> {
    const changed = this.changedIn.get(tx);
    const cached = this.cache.get(organisationId);
    if (cached && !changed?.has(organisationId) && Date.now() - cached.loadedAt < cacheMs) return cached;
    const rows = await tx
      .selectFrom('organisation_keys')
      .select([
        'version',
        'wrapped_key',
        'retired_at',
        sql<string | null>`current_setting(${changedSetting}, true)`.as('changed'),
      ])
      .where('organisation_id', '=', organisationId)
      .orderBy('version')
      .execute();
    if (rows.length === 0) {
      // First use in this organisation (or the first key was rolled back to a
      // savepoint): make version 1, then read it back (another request may have
      // made it concurrently; ON CONFLICT keeps one).
      await this.createVersion(tx, organisationId, 1);
      return this.load(tx, organisationId);
    }
    const keys = new Map(
      rows.map((r) => [r.version, unwrapDataKey(this.master, r.wrapped_key, organisationId, r.version)]),
    );
    const current = Math.max(...rows.filter((r) => r.retired_at === null).map((r) => r.version));
    const entry = { current, keys, loadedAt: Date.now() };
    if ((rows[0]?.changed ?? '').split(',').includes(organisationId)) {
      // Uncommitted: this transaction's own, not the process's.
      this.markChanged(tx, organisationId);
      return entry;
    }
    // Nothing of this transaction's (any write was rolled back to a savepoint): committed state.
    changed?.delete(organisationId);
    this.cache.set(organisationId, entry);
    return entry;
  }

  /** Records that `tx` wrote keys of the organisation: in the transaction (undone with it) and for the cache. */
  private async noteWrite(tx: Tx, organisationId: string): Promise<void> {
    await sql`SELECT set_config(${changedSetting}, concat_ws(',', nullif(current_setting(${changedSetting}, true), ''), ${organisationId}::text), true)`.execute(
      tx,
    );
    this.markChanged(tx, organisationId);
    // Other transactions reload rather than keep a view this one is changing.
    this.cache.delete(organisationId);
  }

  private markChanged(tx: Tx, organisationId: string): void {
    const changed = this.changedIn.get(tx);
    if (changed) changed.add(organisationId);
    else this.changedIn.set(tx, new Set([organisationId]));
  }

  private async createVersion(tx: Tx, organisationId: string, version: number): Promise<void> {
    const made = await tx
      .insertInto('organisation_keys')
      .values({
        organisation_id: organisationId,
        version,
        wrapped_key: wrapDataKey(this.master, generateDataKey(), organisationId, version),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('version')
      .executeTakeFirst();
    // Made by another transaction, which has committed it (the insert waited for it): nothing uncommitted here.
    if (made) await this.noteWrite(tx, organisationId);
  }

  /** Encrypts a field value under the organisation's current data key; `aad` binds it to its row. */
  async encrypt(tx: Tx, organisationId: string, plaintext: string, aad: string): Promise<string> {
    const { current, keys } = await this.load(tx, organisationId);
    return encryptField(keys.get(current)!, current, plaintext, aad);
  }

  /** Decrypts a value written by `encrypt`, under whichever key version made it. */
  async decrypt(tx: Tx, organisationId: string, value: string, aad: string): Promise<string> {
    let { keys } = await this.load(tx, organisationId);
    // A version this process has not seen was made by a rotation in another
    // process (`npm run keys:rotate`): reload the organisation's keys once.
    if (!keys.has(fieldKeyVersion(value))) {
      this.cache.delete(organisationId);
      ({ keys } = await this.load(tx, organisationId));
    }
    return decryptField(
      (version) => {
        const key = keys.get(version);
        if (!key) throw new Error(`No data key version ${version}`);
        return key;
      },
      value,
      aad,
    );
  }

  /** Starts a new data-key version; older versions stay readable until re-encryption retires them. */
  async rotate(tx: Tx, organisationId: string): Promise<number> {
    const { current } = await this.load(tx, organisationId);
    await this.createVersion(tx, organisationId, current + 1);
    // Read again even if another process made this version first.
    this.cache.delete(organisationId);
    return current + 1;
  }

  /** Marks versions below the current one retired once nothing uses them. */
  async retireOlder(tx: Tx, organisationId: string, current: number): Promise<void> {
    const { numUpdatedRows } = await tx
      .updateTable('organisation_keys')
      .set({ retired_at: new Date() })
      .where('organisation_id', '=', organisationId)
      .where('version', '<', current)
      .where('retired_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows > 0n) await this.noteWrite(tx, organisationId);
  }

  /** Forgets cached keys (after a rotation by another process). */
  clear(): void {
    this.cache.clear();
  }
}
