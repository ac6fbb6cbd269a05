import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import {
  createTestDatabase,
  dropTestDatabase,
  type TestDatabase,
  testCodeSecret,
  testMasterKey,
} from '../../../test/database';
import { recordAudit } from '../audit/record';
import { sealAuditChain } from '../audit/seal';
import { verifyAuditChain } from '../audit/verify';
import { currentTotp } from '../auth/totp';
import { columnAad } from '../crypto/encrypted-columns';
import { Keyring } from '../crypto/keyring';
import { backupDatabase, restoreDatabase } from './backup';
import { withTenant } from './tenancy';

/**
 * Backups are only as good as their restore: a backup of a database with two
 * organisations, restored into an empty one, must give back every row of
 * every table, a chain that still verifies and secrets that still decrypt.
 * A damaged file must restore nothing at all.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
let t: TestApp;
let dir: string;
let file: string;
let orgs: string[];
const targets: TestDatabase[] = [];

type Snapshot = Record<string, { n: number; h: string }>;

/** Row count and a checksum of every row of every table, read as the owner. */
async function snapshot(pool: pg.Pool): Promise<Snapshot> {
  const { rows: tables } = await pool.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  );
  const out: Snapshot = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ n: number; h: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM ${pg.escapeIdentifier(name)} t`,
    );
    out[name] = rows[0]!;
  }
  return out;
}

const withOwner = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

async function emptyTarget(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  targets.push(db);
  return db;
}

function dataRows(s: Snapshot): number {
  return Object.entries(s).reduce((sum, [table, { n }]) => sum + (table === 'schema_migrations' ? 0 : n), 0);
}

/** Runs `main.ts restore <file>` against an existing database, as an operator would. */
async function restoreCli(db: TestDatabase, backup: string) {
  const run = promisify(execFile);
  const env = {
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    KONTAKT_DATA_DIR: dir,
    KONTAKT_MASTER_KEY: testMasterKey.toString('base64'),
    KONTAKT_CODE_SECRET: testCodeSecret.toString('base64'),
    LOG_LEVEL: 'warn',
  };
  return run(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'restore', backup], {
    cwd: repoRoot,
    env,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontakt-backup-'));
  file = path.join(dir, 'backup.kbk.gz');
  t = await startTestApp();
  orgs = [await t.organisation('Backup A'), await t.organisation('Backup B')];
  for (const org of orgs) {
    const admin = await t.as(await t.user(org, ['admin']));
    await t.user(org, ['outreach']);
    // Text that COPY must escape: tabs, newlines, backslashes, quotes, non-ASCII.
    const site = await admin.post('/api/sites', { name: 'Noclegownia \\N "Św. Łucja"\tnr 2', type: 'night_shelter' });
    expect(site.status).toBe(201);
    expect((await admin.post('/api/teams', { name: 'Tým ulice', memberIds: [] })).status).toBe(201);
  }
  const enrolling = await t.as(await t.user(orgs[0]!, ['outreach']));
  const setup = await enrolling.post('/api/auth/two-factor/setup', {});
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  const { secret } = setup.body;
  expect((await enrolling.post('/api/auth/two-factor/enable', { code: await currentTotp(secret) })).status).toBe(200);
});

afterAll(async () => {
  await Promise.all(targets.map((db) => dropTestDatabase(db)));
  await t?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row of every table into an empty database', async () => {
    const source = await snapshot(t.db.ownerPool);
    expect(source.organisations?.n).toBe(2);
    expect(source.audit_events!.n).toBeGreaterThan(6);
    const { tables } = await withOwner(t.db.ownerUrl, (c) => backupDatabase(c, file));
    expect(tables).toBe(Object.keys(source).length - 1); // all but schema_migrations

    const target = await emptyTarget();
    expect(dataRows(await snapshot(target.ownerPool))).toBe(0);
    // A database that answers slowly (here: 50 ms per statement) must not make the reader skip lines.
    const slow = (c: pg.Client) =>
      new Proxy(c, {
        get: (client, key) =>
          key !== 'query'
            ? Reflect.get(client, key)
            : (q: unknown, ...rest: unknown[]) =>
                typeof q === 'string'
                  ? new Promise((r) => setTimeout(r, 50)).then(() => client.query(q, ...(rest as [])))
                  : client.query(q as string),
      });
    expect(await withOwner(target.ownerUrl, (c) => restoreDatabase(slow(c), file))).toEqual({ tables });
    expect(await snapshot(target.ownerPool)).toEqual(source);

    for (const org of orgs) {
      const chain = await withTenant(target.app, { organisationId: org, userId: null }, (tx) =>
        verifyAuditChain(tx, org),
      );
      expect(chain).toMatchObject({ ok: true, brokenAtSeq: null, outside: 0 });
      expect(chain.checked + chain.pending).toBeGreaterThan(3);
      // Life goes on after a restore: new events get fresh numbers and join the same chain.
      await withTenant(target.app, { organisationId: org, userId: null }, (tx) =>
        recordAudit(
          tx,
          { organisationId: org, userId: null, sessionId: null, ip: null },
          { action: 'test.after_restore' },
        ),
      );
      await sealAuditChain(target.app, org);
      const after = await withTenant(target.app, { organisationId: org, userId: null }, (tx) =>
        verifyAuditChain(tx, org),
      );
      expect(after).toEqual({
        ok: true,
        checked: chain.checked + chain.pending + 1,
        brokenAtSeq: null,
        pending: 0,
        outside: 0,
      });
    }
    // Encrypted fields come back encrypted and open with the same master key.
    const { rows } = await target.ownerPool.query<{ id: string; v: string }>(
      'SELECT id, totp_secret_enc AS v FROM users WHERE totp_secret_enc IS NOT NULL',
    );
    expect(rows).toHaveLength(1);
    const secret = await withTenant(target.app, { organisationId: orgs[0]!, userId: null }, (tx) =>
      new Keyring(testMasterKey).decrypt(tx, orgs[0]!, rows[0]!.v, columnAad('users', 'totp_secret_enc', rows[0]!.id)),
    );
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  });

  it('the restore command loads an empty database and refuses one that holds organisations', async () => {
    const [empty, full] = [await emptyTarget(), await emptyTarget()];
    await withOwner(full.ownerUrl, (c) => restoreDatabase(c, file));
    const before = await snapshot(full.ownerPool);

    const [ok, refused] = await Promise.all([restoreCli(empty, file), restoreCli(full, file)]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(await snapshot(empty.ownerPool)).toEqual(before);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds organisations/);
    expect(await snapshot(full.ownerPool)).toEqual(before); // nothing doubled, nothing lost
  });

  it('a backup cut short restores nothing', async () => {
    const lines = gunzipSync(await fs.readFile(file))
      .toString('utf8')
      .split('\n');
    const starts = lines.flatMap((l, i) => (l.startsWith('{"table":') ? [i] : []));
    const auditStart = lines.indexOf('{"table":"audit_events"}');
    const cuts = {
      // Inside the audit table's rows.
      'mid-table': lines.slice(0, auditStart + 3),
      // Exactly after a complete table: only the header says tables are missing.
      'between tables': lines.slice(0, starts[Math.floor(starts.length / 2)]!),
    };
    for (const [what, kept] of Object.entries(cuts)) {
      const cut = path.join(dir, `${what}.kbk.gz`);
      await fs.writeFile(cut, gzipSync(`${kept.join('\n')}\n`));
      const target = await emptyTarget();
      await expect(
        withOwner(target.ownerUrl, (c) => restoreDatabase(c, cut)),
        what,
      ).rejects.toThrow(/truncated/);
      expect(dataRows(await snapshot(target.ownerPool)), what).toBe(0);
    }

    // The compressed file itself cut off: gzip notices, the restore fails.
    const raw = await fs.readFile(file);
    const cutGzip = path.join(dir, 'cut-gzip.kbk.gz');
    await fs.writeFile(cutGzip, raw.subarray(0, Math.floor(raw.length * 0.7)));
    const target = await emptyTarget();
    await expect(withOwner(target.ownerUrl, (c) => restoreDatabase(c, cutGzip))).rejects.toThrow();
    expect(dataRows(await snapshot(target.ownerPool))).toBe(0);
  });
});
