import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testPassword } from '../../../test/app';

let t: TestApp;
let org: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in with email and password and opens a full session for a worker', async () => {
    const user = await t.user(org, ['outreach']);
    const c = t.anonymous();
    const res = await c.signIn(user.email.toUpperCase(), testPassword);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      authenticated: true,
      stage: 'full',
      user: { email: user.email, roles: ['outreach'] },
    });
    const cookie = res.headers['set-cookie']?.toString() ?? '';
    expect(cookie).toMatch(/kontakt_session=.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await c.get('/api/me/sessions')).status).toBe(200);
  });

  it('answers the same for an unknown email, a wrong password and a disabled account', async () => {
    const user = await t.user(org, ['outreach']);
    const disabled = await t.user(org, ['outreach']);
    await t.db.ownerPool.query("UPDATE users SET status = 'disabled' WHERE id = $1", [disabled.id]);
    const answers = [];
    for (const [email, password] of [
      ['nobody@nowhere.test', testPassword],
      [user.email, 'wrong password entirely'],
      [disabled.email, testPassword],
    ] as const) {
      const res = await t.anonymous().signIn(email, password);
      answers.push({ status: res.status, body: res.body });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({
      status: 401,
      body: { error: { code: 'invalid_credentials', message: 'The email or password is wrong.' } },
    });
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const user = await t.user(org, ['outreach']);
    const c = t.anonymous();
    const res = await c.post('/api/auth/sign-in', { email: user.email, password: testPassword });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });

  it('refuses a write from another origin even with the token', async () => {
    const c = await t.as(await t.user(org, ['outreach']));
    const res = await c.request('PATCH', '/api/me', { locale: 'pl' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('throttles an account after five failures, known or unknown, with back-off', async () => {
    const user = await t.user(org, ['outreach']);
    for (const email of [user.email, 'ghost@nowhere.test']) {
      const c = t.anonymous();
      for (let i = 0; i < 5; i++) expect((await c.signIn(email, 'wrong password entirely')).status).toBe(401);
      const locked = await c.signIn(email, email === user.email ? testPassword : 'whatever');
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('rate_limited');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Once the lock has passed, the right password works again and clears the count.
    await t.db.ownerPool.query("UPDATE login_failures SET at = at - interval '20 minutes'");
    expect((await t.anonymous().signIn(user.email, testPassword)).status).toBe(200);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const user = await t.user(org, ['outreach']);
    const idle = t.anonymous();
    await idle.signIn(user.email, testPassword);
    const absolute = t.anonymous();
    await absolute.signIn(user.email, testPassword);
    const sessions = (await idle.get('/api/me/sessions')).body.items;
    expect(sessions).toHaveLength(2);
    const idleId = sessions.find((s: { current: boolean }) => s.current).id;
    const absoluteId = sessions.find((s: { current: boolean }) => !s.current).id;
    await t.db.ownerPool.query("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1", [
      idleId,
    ]);
    await t.db.ownerPool.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1", [
      absoluteId,
    ]);
    for (const c of [idle, absolute]) {
      const res = await c.get('/api/me/sessions');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('session_expired');
    }
  });

  it('lists my sessions and signs one out; sign-out ends the current one', async () => {
    const user = await t.user(org, ['peer']);
    const phone = t.anonymous();
    await phone.signIn(user.email, testPassword);
    const laptop = t.anonymous();
    await laptop.signIn(user.email, testPassword);
    const list = (await laptop.get('/api/me/sessions')).body.items;
    const phoneSession = list.find((s: { current: boolean }) => !s.current);
    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).status).toBe(200);
    expect((await phone.get('/api/me/sessions')).status).toBe(401);
    expect((await laptop.post('/api/auth/sign-out')).status).toBe(200);
    expect((await laptop.get('/api/me/sessions')).status).toBe(401);
  });

  it('lets an admin see and revoke anyone’s sessions, not a coordinator', async () => {
    const worker = await t.user(org, ['outreach']);
    const c = t.anonymous();
    await c.signIn(worker.email, testPassword);
    const admin = await t.as(await t.user(org, ['admin']));
    const coordinator = await t.as(await t.user(org, ['coordinator']));
    expect((await coordinator.delete(`/api/users/${worker.id}/sessions`)).status).toBe(403);
    expect((await admin.get(`/api/users/${worker.id}/sessions`)).body.items).toHaveLength(1);
    expect((await admin.delete(`/api/users/${worker.id}/sessions`)).status).toBe(200);
    expect((await c.get('/api/me/sessions')).status).toBe(401);
  });
});
