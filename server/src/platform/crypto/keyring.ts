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
 * Field encryption for one process: each organisation's data keys are
 * unwrapped from the database once (under the master key) and kept in memory.
 * All reads go through the caller's transaction, so row-level security decides
 * which organisation's keys can be loaded at all.
 */
export class Keyring {
  private cache = new Map<string, OrgKeys>();
  constructor(private readonly master: Buffer) {}

  private async load(tx: Tx, organisationId: string): Promise<OrgKeys> {
    const cached = this.cache.get(organisationId);
    if (cached && Date.now() - cached.loadedAt < cacheMs) return cached;
    const rows = await tx
      .selectFrom('organisation_keys')
      .select(['version', 'wrapped_key', 'retired_at'])
      .where('organisation_id', '=', organisationId)
      .orderBy('version')
      .execute();
    if (rows.length === 0) {
      // First use in this organisation: make version 1, then read it back
      // (another request may have made it concurrently; ON CONFLICT keeps one).
      await this.createVersion(tx, organisationId, 1);
      return this.load(tx, organisationId);
    }
    const keys = new Map(
      rows.map((r) => [r.version, unwrapDataKey(this.master, r.wrapped_key, organisationId, r.version)]),
    );
    const current = Math.max(...rows.filter((r) => r.retired_at === null).map((r) => r.version));
    const entry = { current, keys, loadedAt: Date.now() };
    this.cache.set(organisationId, entry);
    return entry;
  }

  private async createVersion(tx: Tx, organisationId: string, version: number): Promise<void> {
    await tx
      .insertInto('organisation_keys')
      .values({
        organisation_id: organisationId,
        version,
        wrapped_key: wrapDataKey(this.master, generateDataKey(), organisationId, version),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
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
    this.cache.delete(organisationId);
    return current + 1;
  }

  /** Marks versions below the current one retired once nothing uses them. */
  async retireOlder(tx: Tx, organisationId: string, current: number): Promise<void> {
    await tx
      .updateTable('organisation_keys')
      .set({ retired_at: new Date() })
      .where('organisation_id', '=', organisationId)
      .where('version', '<', current)
      .where('retired_at', 'is', null)
      .execute();
    this.cache.delete(organisationId);
  }

  /** Forgets cached keys (after a rotation by another process). */
  clear(): void {
    this.cache.clear();
  }
}
