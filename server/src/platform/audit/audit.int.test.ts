import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser, testPassword } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { withTenant } from '../db/tenancy';
import { recordAudit } from './record';
import { sealAuditChain } from './seal';
import { verifyAuditChain } from './verify';

/**
 * The audit trail is append-only and tamper-evident: every write leaves one
 * event in its organisation's chain, concurrent writers never fork it, any
 * edit or cut is found by verification, and only admins (verify) and
 * coordinators (read) get at it.
 */
let t: TestApp;
let orgA: string;
let orgB: string;
let adminA: TestUser;
let coordinatorA: TestUser;
let outreachA: TestUser;
let asAdminA: ApiClient;
let asCoordinatorA: ApiClient;
let asOutreachA: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  adminA = await t.user(orgA, ['admin']);
  coordinatorA = await t.user(orgA, ['coordinator']);
  outreachA = await t.user(orgA, ['outreach']);
  asAdminA = await t.as(adminA);
  asCoordinatorA = await t.as(coordinatorA);
  asOutreachA = await t.as(outreachA);
});
afterAll(() => t.close());

const owner = <T extends object>(text: string, values: unknown[] = []) =>
  t.db.ownerPool.query<T & Record<string, unknown>>(text, values).then((r) => r.rows);

/** Seals what is committed (what the job does within seconds), then lists the chain positions. */
const seqs = async (org: string) => {
  await sealAuditChain(t.db.app, org);
  return (
    await owner<{ seq: number }>('SELECT seq FROM audit_seals WHERE organisation_id = $1 ORDER BY seq', [org])
  ).map((r) => Number(r.seq));
};

const lastNumber = async (org: string) =>
  Number(
    (
      await owner<{ n: number }>('SELECT coalesce(max(number), 0) AS n FROM audit_events WHERE organisation_id = $1', [
        org,
      ])
    )[0]?.n,
  );

const verify = async (org: string) => {
  await sealAuditChain(t.db.app, org);
  return withTenant(t.db.app, { organisationId: org, userId: null }, (tx) => verifyAuditChain(tx, org));
};

const intact = (checked: number) => ({ ok: true, checked, brokenAtSeq: null, pending: 0, outside: 0 });

const append = (org: string, i: number) =>
  withTenant(t.db.app, { organisationId: org, userId: null }, (tx) =>
    recordAudit(
      tx,
      { organisationId: org, userId: null, sessionId: null, ip: null },
      { action: 'test.append', details: { i } },
    ),
  );

/** Runs statements as the owner with the append-only trigger off (what an attacker with the owner's password could do). */
async function asOwnerWithoutTrigger(statements: [string, unknown[]][]): Promise<void> {
  const client = await t.db.ownerPool.connect();
  try {
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    for (const [text, values] of statements) await client.query(text, values);
  } finally {
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    client.release();
  }
}

describe('audit chain', () => {
  it('each API write appends one event, seq counting up per organisation', async () => {
    const before = await lastNumber(orgA);
    const beforeB = await seqs(orgB);
    const site = await asAdminA.post('/api/sites', { name: 'Drop-in Wola', type: 'drop_in_centre' });
    const team = await asAdminA.post('/api/teams', { name: 'Night team', memberIds: [adminA.id] });
    expect([site.status, team.status]).toEqual([201, 201]);
    const adminB = await t.as(await t.user(orgB, ['admin']));
    expect((await adminB.post('/api/sites', { name: 'B site', type: 'drop_in_centre' })).status).toBe(201);

    const after = await seqs(orgA);
    expect(after).toEqual(Array.from({ length: after.length }, (_, i) => i + 1));
    const fresh = await owner<{ action: string; entity_id: string; actor_user_id: string }>(
      'SELECT action, entity_id, actor_user_id FROM audit_events WHERE organisation_id = $1 AND number > $2 ORDER BY number',
      [orgA, before],
    );
    expect(fresh).toEqual([
      { action: 'site.created', entity_id: site.body.id, actor_user_id: adminA.id },
      { action: 'team.created', entity_id: team.body.id, actor_user_id: adminA.id },
    ]);
    // B's chain numbers on its own: A's writes did not advance it.
    const afterB = await seqs(orgB);
    expect(afterB.length).toBe(beforeB.length + 2); // the admin user, the site
    expect(afterB).toEqual(Array.from({ length: afterB.length }, (_, i) => i + 1));
    expect(await verify(orgA)).toEqual(intact(after.length));
    expect(await verify(orgB)).toEqual(intact(afterB.length));
  });

  it('20 concurrent transactions appending events are all sealed into one unforked chain', async () => {
    const org = await t.organisation('Concurrent');
    const before = (await seqs(org)).length;
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(org, i)));
    const after = await seqs(org);
    expect(after).toEqual(Array.from({ length: before + 20 }, (_, i) => i + 1));
    const heads = await owner<{ seq: number }>('SELECT seq FROM audit_heads WHERE organisation_id = $1', [org]);
    expect(Number(heads[0]?.seq)).toBe(before + 20);
    expect(await verify(org)).toEqual(intact(before + 20));
  });

  it('a writer does not wait for another open transaction of its organisation', async () => {
    const org = await t.organisation('Unblocked');
    const base = (await seqs(org)).length;
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let firstAppended!: () => void;
    const appended = new Promise<void>((r) => {
      firstAppended = r;
    });
    const slow = withTenant(t.db.app, { organisationId: org, userId: null }, async (tx) => {
      await recordAudit(tx, { organisationId: org, userId: null, sessionId: null, ip: null }, { action: 'test.slow' });
      firstAppended();
      await held;
    });
    await appended;
    // With a lock held to commit this would hang until the timeout.
    const quick = append(org, 1).then(() => 'committed');
    const timeout = new Promise((r) => setTimeout(() => r('waited'), 3_000));
    expect(await Promise.race([quick, timeout])).toBe('committed');

    // Sealed while the slow one is still open: only the committed event joins the chain…
    expect(await seqs(org)).toHaveLength(base + 1);
    release();
    await slow;
    // …and the slow one takes the next position although its number is lower.
    const chain = await owner<{ seq: number; action: string }>(
      `SELECT s.seq, e.action FROM audit_seals s JOIN audit_events e ON e.organisation_id = s.organisation_id AND e.number = s.event_number
       WHERE s.organisation_id = $1 AND s.seq > $2 ORDER BY s.seq`,
      [org, base],
    );
    await sealAuditChain(t.db.app, org);
    const sealed = await owner<{ seq: number; action: string }>(
      `SELECT s.seq, e.action FROM audit_seals s JOIN audit_events e ON e.organisation_id = s.organisation_id AND e.number = s.event_number
       WHERE s.organisation_id = $1 AND s.seq > $2 ORDER BY s.seq`,
      [org, base],
    );
    expect(chain.map((r) => r.action)).toEqual(['test.append']);
    expect(sealed.map((r) => [Number(r.seq), r.action])).toEqual([
      [base + 1, 'test.append'],
      [base + 2, 'test.slow'],
    ]);
    expect(await verify(org)).toEqual(intact(base + 2));
  });

  it('counts events not sealed yet as pending, and flags one written around the trigger', async () => {
    const org = await t.organisation('Pending');
    const base = (await seqs(org)).length;
    await append(org, 1);
    await sealAuditChain(t.db.app, org);
    await append(org, 2);
    const report = await withTenant(t.db.app, { organisationId: org, userId: null }, (tx) => verifyAuditChain(tx, org));
    expect(report).toEqual({ ...intact(base + 1), pending: 1 });
    expect(await verify(org)).toEqual(intact(base + 2));

    const client = await t.db.ownerPool.connect();
    try {
      await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_unsealed');
      await client.query(
        `INSERT INTO audit_events (organisation_id, id, at, action) VALUES ($1, gen_random_uuid(), now(), 'forged')`,
        [org],
      );
    } finally {
      await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_unsealed');
      client.release();
    }
    expect(await verify(org)).toEqual({ ...intact(base + 2), ok: false, outside: 1 });
  });

  it('finds an edited action or details, and a deleted last event', async () => {
    const org = await t.organisation('Tampered');
    const admin = await t.as(await t.user(org, ['admin']));
    for (const name of ['one', 'two', 'three']) await admin.post('/api/sites', { name, type: 'drop_in_centre' });
    const last = (await seqs(org)).length;
    expect(await verify(org)).toEqual(intact(last));
    expect((await admin.post('/api/audit/verify', {})).body).toEqual(intact(last));
    const where =
      'WHERE organisation_id = $1 AND number = (SELECT event_number FROM audit_seals WHERE organisation_id = $1 AND seq = $2)';

    const [original] = await owner<{ action: string }>(`SELECT action FROM audit_events ${where}`, [org, 2]);
    await asOwnerWithoutTrigger([[`UPDATE audit_events SET action = 'site.viewed' ${where}`, [org, 2]]]);
    expect(await verify(org)).toMatchObject({ ok: false, brokenAtSeq: 2, checked: 1 });
    const viaApi = await admin.post('/api/audit/verify', {});
    expect(viaApi.status).toBe(200);
    expect(viaApi.body).toMatchObject({ ok: false, brokenAtSeq: 2 });

    // Undo it: the chain holds again, so it was the edit that broke it.
    await asOwnerWithoutTrigger([[`UPDATE audit_events SET action = $3 ${where}`, [org, 2, original!.action]]]);
    const events = (await seqs(org)).length; // + the two audit.verified events
    expect(await verify(org)).toEqual(intact(events));

    await asOwnerWithoutTrigger([
      [`UPDATE audit_events SET details = details || '{"count": 0}'::jsonb ${where}`, [org, 3]],
    ]);
    expect(await verify(org)).toMatchObject({ ok: false, brokenAtSeq: 3 });
    await asOwnerWithoutTrigger([[`UPDATE audit_events SET details = details - 'count' ${where}`, [org, 3]]]);
    expect((await verify(org)).ok).toBe(true);

    await asOwnerWithoutTrigger([[`DELETE FROM audit_events ${where}`, [org, events]]]);
    expect(await verify(org)).toMatchObject({ ok: false, checked: events - 1, brokenAtSeq: events });

    await asOwnerWithoutTrigger([[`DELETE FROM audit_events ${where}`, [org, 2]]]);
    expect(await verify(org)).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it('finds a rewritten seal', async () => {
    const org = await t.organisation('Reseal');
    const base = (await seqs(org)).length;
    for (let i = 0; i < 3; i++) await append(org, i);
    expect(await verify(org)).toEqual(intact(base + 3));
    const client = await t.db.ownerPool.connect();
    try {
      await client.query('ALTER TABLE audit_seals DISABLE TRIGGER audit_seals_append_only');
      await client.query(`UPDATE audit_seals SET hash = sha256(hash) WHERE organisation_id = $1 AND seq = $2`, [
        org,
        base + 2,
      ]);
    } finally {
      await client.query('ALTER TABLE audit_seals ENABLE TRIGGER audit_seals_append_only');
      client.release();
    }
    expect(await verify(org)).toMatchObject({ ok: false, checked: base + 1, brokenAtSeq: base + 2 });
  });

  it('the app role may not update, delete or truncate events; the owner is stopped by the trigger', async () => {
    const inA = (work: Parameters<typeof withTenant>[2]) =>
      withTenant(t.db.app, { organisationId: orgA, userId: null }, work);
    await expect(inA((tx) => tx.updateTable('audit_events').set({ action: 'x' }).execute())).rejects.toThrow(
      /permission denied/,
    );
    await expect(inA((tx) => tx.deleteFrom('audit_events').execute())).rejects.toThrow(/permission denied/);
    await expect(t.db.appPool.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
    await expect(owner("UPDATE audit_events SET action = 'x' WHERE organisation_id = $1", [orgA])).rejects.toThrow(
      /append-only/,
    );
    await expect(owner('DELETE FROM audit_events WHERE organisation_id = $1', [orgA])).rejects.toThrow(/append-only/);
    await expect(owner('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    await expect(
      inA((tx) =>
        tx
          .updateTable('audit_seals')
          .set({ hash: Buffer.alloc(32) })
          .execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(inA((tx) => tx.deleteFrom('audit_seals').execute())).rejects.toThrow(/permission denied/);
    await expect(owner('DELETE FROM audit_seals WHERE organisation_id = $1', [orgA])).rejects.toThrow(/append-only/);
    await expect(owner('TRUNCATE audit_seals')).rejects.toThrow(/append-only/);
    expect((await verify(orgA)).ok).toBe(true);
  });
});

describe('audit API', () => {
  it('filters by action, actor, entity type and time, and pages newest first', async () => {
    expect((await asCoordinatorA.patch('/api/me', { locale: 'pl' })).status).toBe(200);
    for (const name of ['p1', 'p2', 'p3']) {
      expect((await asAdminA.post('/api/sites', { name, type: 'day_centre' })).status).toBe(201);
    }
    const all = await owner<{ seq: number; at: Date; action: string; actor_user_id: string | null }>(
      'SELECT number AS seq, at, action, actor_user_id, entity_type FROM audit_events WHERE organisation_id = $1 ORDER BY number DESC',
      [orgA],
    );
    const list = async (query: string) => {
      const res = await asAdminA.get(`/api/audit?pageSize=100&${query}`);
      expect(res.status, query).toBe(200);
      return res.body as {
        items: { seq: number; action: string; actorId: string; entityType: string }[];
        total: number;
      };
    };

    const sites = await list('action=site.');
    expect(sites.items.map((e) => e.seq)).toEqual(all.filter((e) => e.action.startsWith('site.')).map((e) => e.seq));
    expect(sites.total).toBe(sites.items.length);
    expect(sites.items.length).toBeGreaterThanOrEqual(4);

    const byCoordinator = await list(`actorId=${coordinatorA.id}`);
    expect(byCoordinator.items.map((e) => e.action)).toEqual(['user.updated_self']);

    const teams = await list('entityType=team');
    expect(teams.items.length).toBeGreaterThan(0);
    expect(teams.items.every((e) => e.entityType === 'team')).toBe(true);

    const [newest, , third] = all; // from is inclusive, to exclusive
    const window = await list(`from=${third!.at.toISOString()}&to=${newest!.at.toISOString()}`);
    const expected = all.filter((e) => e.at >= third!.at && e.at < newest!.at).map((e) => e.seq);
    expect(window.items.map((e) => e.seq)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(1);

    const page1 = (await asAdminA.get('/api/audit?pageSize=2&page=1')).body;
    const page2 = (await asAdminA.get('/api/audit?pageSize=2&page=2')).body;
    expect(page1.total).toBe(all.length);
    expect([...page1.items, ...page2.items].map((e: { seq: number }) => e.seq)).toEqual(
      all.slice(0, 4).map((e) => e.seq),
    );

    expect((await asAdminA.get('/api/audit?pageSize=0')).status).toBe(400);
    expect((await asAdminA.get('/api/audit?from=yesterday')).status).toBe(400);
    expect((await asAdminA.get('/api/audit?secret=1')).status).toBe(400);
  });

  it('admin verifies; coordinator reads but may not verify; outreach gets neither', async () => {
    const verified = await asAdminA.post('/api/audit/verify', {});
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(verified.body.checked).toBe((await seqs(orgA)).length - 1); // its own event comes after the check

    expect((await asCoordinatorA.get('/api/audit')).status).toBe(200);
    const coordinatorVerify = await asCoordinatorA.post('/api/audit/verify', {});
    expect(coordinatorVerify.status).toBe(403);
    expect(coordinatorVerify.body.error.code).toBe('forbidden');
    expect((await asOutreachA.get('/api/audit')).status).toBe(403);
    expect((await asOutreachA.post('/api/audit/verify', {})).status).toBe(403);
  });

  it('never records the email or password typed at sign-in', async () => {
    const user = await t.user(orgA, ['outreach'], { email: `quiet.person.${Date.now()}@example.org` });
    const wrong = 'wrong horse battery staple 42';
    const before = await lastNumber(orgA);
    expect((await t.anonymous().signIn(user.email, wrong)).status).toBe(401);
    expect((await t.anonymous().signIn(user.email.toUpperCase(), testPassword)).status).toBe(200);
    const actions = await owner<{ action: string }>(
      'SELECT action FROM audit_events WHERE organisation_id = $1 AND number > $2 ORDER BY number',
      [orgA, before],
    );
    expect(actions.map((a) => a.action)).toEqual(['auth.sign_in_failed', 'auth.sign_in']);

    const localPart = user.email.split('@')[0]!;
    for (const needle of [user.email, localPart, wrong, testPassword]) {
      const rows = await owner<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_events e WHERE strpos(lower(e::text), lower($1)) > 0',
        [needle],
      );
      expect(rows[0]?.n, needle).toBe(0);
    }
  });
});
