import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser, testPassword } from '../../../test/app';
import { testMasterKey } from '../../../test/database';
import { currentTotp } from '../auth/totp';
import { withTenant } from '../db/tenancy';
import { DecryptionError } from './aead';
import { columnAad, encryptedColumns } from './encrypted-columns';
import { fieldKeyVersion } from './envelope';
import { Keyring } from './keyring';
import { rewrapUnderNewMaster, rotateDataKey } from './rotate';

/**
 * Key rotation on real data: a TOTP secret encrypted in `users` survives a
 * data-key rotation (re-encrypted under the new version, old one retired) and
 * a master-key re-wrap (old master useless afterwards), and a wrapped key is
 * bound to its organisation.
 */
let t: TestApp;
let orgA: string;
let orgB: string;
let user: TestUser;
let secret: string;

const aad = (id: string) => columnAad('users', 'totp_secret_enc', id);

async function storedSecret(id: string): Promise<string> {
  const { rows } = await t.db.ownerPool.query<{ v: string }>('SELECT totp_secret_enc AS v FROM users WHERE id = $1', [
    id,
  ]);
  return rows[0]!.v;
}

/** Decrypts the user's TOTP secret with a keyring that has never seen this database (another process). */
function decryptWith(master: Buffer, org: string, id: string, value: string): Promise<string> {
  return withTenant(t.db.app, { organisationId: org, userId: null }, (tx) =>
    new Keyring(master).decrypt(tx, org, value, aad(id)),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  user = await t.user(orgA, ['outreach']);
  // A second user mid-enrolment, so the pending-secret column holds a value too.
  const pending = await t.as(await t.user(orgA, ['coordinator']));
  expect((await pending.post('/api/auth/two-factor/setup', {})).status).toBe(200);
});
afterAll(() => t.close());

describe('data-key rotation', () => {
  it('enrolment stores the TOTP secret encrypted, never in clear', async () => {
    const client = await t.as(user);
    const setup = await client.post('/api/auth/two-factor/setup', {});
    expect(setup.status).toBe(200);
    secret = setup.body.secret;
    const enable = await client.post('/api/auth/two-factor/enable', { code: await currentTotp(secret) });
    expect(enable.status).toBe(200);

    const stored = await storedSecret(user.id);
    expect(stored).toMatch(/^kf1\.1\./);
    expect(stored).not.toContain(secret);
    const { rows } = await t.db.ownerPool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users u WHERE strpos(u::text, $1) > 0 OR strpos(upper(u::text), $1) > 0',
      [secret],
    );
    expect(rows[0]?.n).toBe(0);
    expect(await decryptWith(testMasterKey, orgA, user.id, stored)).toBe(secret);
  });

  it('rotateDataKey re-encrypts under a new version, retires the old one, and the secret still works', async () => {
    const before = await storedSecret(user.id);
    // As `npm run keys:rotate` does: another process, its own keyring, while the app keeps its cache.
    const result = await rotateDataKey(t.db.app, new Keyring(testMasterKey), orgA);
    expect(result).toEqual({ version: 2, reencrypted: 2 }); // the enabled secret and the pending one

    const after = await storedSecret(user.id);
    expect(after).not.toBe(before);
    expect(fieldKeyVersion(after)).toBe(2);
    const { rows: keys } = await t.db.ownerPool.query<{ version: number; retired: boolean }>(
      'SELECT version, retired_at IS NOT NULL AS retired FROM organisation_keys WHERE organisation_id = $1 ORDER BY version',
      [orgA],
    );
    expect(keys).toEqual([
      { version: 1, retired: true },
      { version: 2, retired: false },
    ]);
    const { rows: pending } = await t.db.ownerPool.query<{ v: string }>(
      'SELECT totp_pending_secret_enc AS v FROM users WHERE organisation_id = $1 AND totp_pending_secret_enc IS NOT NULL',
      [orgA],
    );
    expect(pending.map((r) => fieldKeyVersion(r.v))).toEqual([2]);
    expect(await decryptWith(testMasterKey, orgA, user.id, after)).toBe(secret);

    // The running app signs the user in with a fresh code. The code of the
    // next 30-s step (accepted as clock drift) is never the one enable used.
    const client = t.anonymous();
    const signedIn = await client.signIn(user.email, testPassword);
    expect(signedIn.body.stage).toBe('two_factor_verify');
    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const verified = await client.post('/api/auth/two-factor/verify', { code });
    expect(verified.status).toBe(200);
    expect(verified.body.stage).toBe('full');
    expect((await client.get('/api/sites')).status).toBe(200);
  });

  it('a ciphertext moved to another row does not decrypt (bound to its row)', async () => {
    const other = await t.user(orgA, ['outreach']);
    await expect(decryptWith(testMasterKey, orgA, other.id, await storedSecret(user.id))).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it('a wrapped data key copied onto another organisation does not unwrap there', async () => {
    const probe = (org: string) =>
      withTenant(t.db.app, { organisationId: org, userId: null }, (tx) =>
        new Keyring(testMasterKey).encrypt(tx, org, 'probe', 'probe'),
      );
    await expect(probe(orgB)).resolves.toMatch(/^kf1\.1\./); // B now has its own version 1
    const keyOf = async (org: string) =>
      (
        await t.db.ownerPool.query<{ k: Buffer }>(
          'SELECT wrapped_key AS k FROM organisation_keys WHERE organisation_id = $1 AND version = 1',
          [org],
        )
      ).rows[0]!.k;
    const setKeyOfB = (key: Buffer) =>
      t.db.ownerPool.query('UPDATE organisation_keys SET wrapped_key = $1 WHERE organisation_id = $2 AND version = 1', [
        key,
        orgB,
      ]);
    const ownKey = await keyOf(orgB);
    await setKeyOfB(await keyOf(orgA));
    try {
      await expect(probe(orgB)).rejects.toBeInstanceOf(DecryptionError);
    } finally {
      await setKeyOfB(ownKey);
    }
    await expect(probe(orgB)).resolves.toMatch(/^kf1\.1\./);
    await expect(probe(orgA)).resolves.toMatch(/^kf1\.2\./);
  });
});

describe('master-key re-wrap', () => {
  it('after rewrapUnderNewMaster only the new master key opens the data keys', async () => {
    const next = randomBytes(32);
    const stored = await storedSecret(user.id);
    const client = await t.db.ownerPool.connect();
    try {
      const count = await rewrapUnderNewMaster(client, testMasterKey, next);
      expect(count).toBe(3); // organisation A's versions 1 and 2, B's version 1
    } finally {
      client.release();
    }
    expect(await decryptWith(next, orgA, user.id, stored)).toBe(secret);
    await expect(
      withTenant(t.db.app, { organisationId: orgB, userId: null }, (tx) =>
        new Keyring(next).encrypt(tx, orgB, 'b', 'b'),
      ),
    ).resolves.toMatch(/^kf1\.1\./);
    await expect(decryptWith(testMasterKey, orgA, user.id, stored)).rejects.toBeInstanceOf(DecryptionError);
    // The data itself was not touched.
    expect(await storedSecret(user.id)).toBe(stored);
  });
});

describe('encrypted-column registry', () => {
  it('lists exactly the *_enc columns of the database, so rotation misses none', async () => {
    const { rows } = await t.db.ownerPool.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name LIKE '%\\_enc' ORDER BY 1, 2`,
    );
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect(rows.length).toBeGreaterThan(0);
    expect([...encryptedColumns()].map(key).sort()).toEqual(rows.map(key).sort());
  });
});
