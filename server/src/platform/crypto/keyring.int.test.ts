import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, type TestDatabase, testMasterKey } from '../../../test/database';
import { createOrganisation } from '../../modules/admin/organisations';
import { type Tx, withTenant } from '../db/tenancy';
import { Keyring } from './keyring';

/**
 * The keyring caches an organisation's data keys in memory; a key made inside
 * a transaction must reach that cache only once the transaction has committed.
 * Otherwise a rolled-back transaction (or savepoint) leaves a cached key that
 * was never stored, and every value sealed with it afterwards is lost on the
 * next restart. Each case checks with a fresh keyring (another process, or the
 * same one restarted) that what was committed opens.
 */
let db: TestDatabase;
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => dropTestDatabase(db));

const newOrganisation = () =>
  createOrganisation(db.app, {
    name: `Keys ${++counter}`,
    slug: `keys-${Date.now().toString(36)}-${counter}`,
    defaultLocale: 'en',
    timeZone: 'Europe/Warsaw',
  });

const inTenant = <T>(org: string, work: (tx: Tx) => Promise<T>) =>
  withTenant(db.app, { organisationId: org, userId: null }, work);

/** Opens a value with a keyring that has never seen this database, as after a restart. */
const openFresh = (org: string, value: string, aad: string) =>
  inTenant(org, (tx) => new Keyring(testMasterKey).decrypt(tx, org, value, aad));

async function storedVersions(org: string): Promise<number[]> {
  const { rows } = await db.ownerPool.query<{ version: number }>(
    'SELECT version FROM organisation_keys WHERE organisation_id = $1 ORDER BY version',
    [org],
  );
  return rows.map((r) => r.version);
}

class Rollback extends Error {}

/** Resolves once some session of this database waits for a lock (a second creator behind the first's insert). */
async function someoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.ownerPool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('No session waited for the first creator');
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('keyring and rolled-back transactions', () => {
  it('a first data key made in a transaction that rolls back is not used afterwards', async () => {
    const org = await newOrganisation();
    const keyring = new Keyring(testMasterKey);
    await expect(
      inTenant(org, async (tx) => {
        await keyring.encrypt(tx, org, 'lost note', 'test:1');
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await storedVersions(org)).toEqual([]);

    const kept = await inTenant(org, (tx) => keyring.encrypt(tx, org, 'kept note', 'test:2'));
    expect(await storedVersions(org)).toEqual([1]);
    expect(await openFresh(org, kept, 'test:2')).toBe('kept note');
    expect(await inTenant(org, (tx) => keyring.decrypt(tx, org, kept, 'test:2'))).toBe('kept note');
    // Cached now that it is committed: a later transaction seals under the same stored key.
    const later = await inTenant(org, (tx) => keyring.encrypt(tx, org, 'later note', 'test:3'));
    expect(await openFresh(org, later, 'test:3')).toBe('later note');
  });

  it('a first data key made under a savepoint that rolls back is made again in the same transaction', async () => {
    const org = await newOrganisation();
    const keyring = new Keyring(testMasterKey);
    const kept = await inTenant(org, async (tx) => {
      await sql`SAVEPOINT s`.execute(tx);
      await keyring.encrypt(tx, org, 'lost note', 'test:1');
      await sql`ROLLBACK TO SAVEPOINT s`.execute(tx);
      return keyring.encrypt(tx, org, 'kept note', 'test:2');
    });
    expect(await storedVersions(org)).toEqual([1]);
    expect(await openFresh(org, kept, 'test:2')).toBe('kept note');
  });

  it('a rotation that rolls back leaves the previous key in charge', async () => {
    const org = await newOrganisation();
    const keyring = new Keyring(testMasterKey);
    await inTenant(org, (tx) => keyring.encrypt(tx, org, 'first', 'test:0'));
    await expect(
      inTenant(org, async (tx) => {
        expect(await keyring.rotate(tx, org)).toBe(2);
        expect(await keyring.encrypt(tx, org, 'under 2', 'test:1')).toMatch(/^kf1\.2\./);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await storedVersions(org)).toEqual([1]);

    const kept = await inTenant(org, (tx) => keyring.encrypt(tx, org, 'kept note', 'test:2'));
    expect(kept).toMatch(/^kf1\.1\./);
    expect(await openFresh(org, kept, 'test:2')).toBe('kept note');
  });
});

describe('concurrent first use', () => {
  it('two processes making the first data key at once agree on one key', async () => {
    const org = await newOrganisation();
    const held = gate();
    const made = gate();
    const first = inTenant(org, async (tx) => {
      const value = await new Keyring(testMasterKey).encrypt(tx, org, 'from first', 'test:1');
      made.open();
      await held.opened; // the key is inserted, not yet committed
      return value;
    });
    await made.opened;
    const second = inTenant(org, (tx) => new Keyring(testMasterKey).encrypt(tx, org, 'from second', 'test:2'));
    await someoneWaitsForALock(); // the second creator waits on the first one's insert
    held.open();
    const [a, b] = await Promise.all([first, second]);
    expect(await storedVersions(org)).toEqual([1]);
    expect(await openFresh(org, a, 'test:1')).toBe('from first');
    expect(await openFresh(org, b, 'test:2')).toBe('from second');
  });

  it('when the first creator rolls back, the one waiting behind it makes and keeps its own key', async () => {
    const org = await newOrganisation();
    const keyring = new Keyring(testMasterKey); // one process, two requests
    const held = gate();
    const made = gate();
    const first = inTenant(org, async (tx) => {
      await keyring.encrypt(tx, org, 'lost note', 'test:1');
      made.open();
      await held.opened;
      throw new Rollback();
    });
    await made.opened;
    const second = inTenant(org, (tx) => keyring.encrypt(tx, org, 'kept note', 'test:2'));
    // Before the fix the second request found the first one's key in the cache and never waited.
    await Promise.race([someoneWaitsForALock(), second]);
    held.open();
    await expect(first).rejects.toBeInstanceOf(Rollback);
    const kept = await second;
    expect(await storedVersions(org)).toEqual([1]);
    expect(await openFresh(org, kept, 'test:2')).toBe('kept note');
  });
});
