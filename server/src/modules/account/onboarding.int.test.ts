import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { currentTotp } from '../../platform/auth/totp';

let t: TestApp;
let org: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation();
});
afterAll(() => t.close());

const newPassword = 'lanterns over the quiet harbour';

describe('first sign-in of a user an admin created', () => {
  it('forces a password change before anything else', async () => {
    const admin = await t.as(await t.user(org, ['admin']));
    const created = await admin.post('/api/users', {
      email: 'new.worker@test.kontakt.test',
      displayName: 'New Worker',
      roles: ['outreach'],
    });
    expect(created.status).toBe(201);
    expect(created.body.user.mustChangePassword).toBe(true);
    const oneTime = created.body.oneTimePassword as string;
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const c = t.anonymous();
    const signedIn = await c.signIn('new.worker@test.kontakt.test', oneTime);
    expect(signedIn.body.stage).toBe('password_change');
    const blocked = await c.get('/api/catalogues');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('password_change_required');

    const weak = await c.post('/api/auth/password', { currentPassword: oneTime, newPassword: 'aaaaaaaaaaaaaaa' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.newPassword).toMatch(/easy to guess/);
    const wrongCurrent = await c.post('/api/auth/password', { currentPassword: 'not it at all', newPassword });
    expect(wrongCurrent.status).toBe(400);
    expect(Object.keys(wrongCurrent.body.error.fields)).toEqual(['currentPassword']);

    const changed = await c.post('/api/auth/password', { currentPassword: oneTime, newPassword });
    expect(changed.status).toBe(200);
    expect(changed.body.stage).toBe('full');
    expect((await c.get('/api/catalogues')).status).toBe(200);
    expect((await t.anonymous().signIn('new.worker@test.kontakt.test', oneTime)).status).toBe(401);
    expect((await t.anonymous().signIn('new.worker@test.kontakt.test', newPassword)).body.stage).toBe('full');
  });

  it('makes a coordinator enrol two-factor, then asks for a code at every sign-in', async () => {
    const admin = await t.as(await t.user(org, ['admin']));
    const { oneTimePassword } = (
      await admin.post('/api/users', {
        email: 'coord@test.kontakt.test',
        displayName: 'Coordinator',
        roles: ['coordinator'],
      })
    ).body;
    const c = t.anonymous();
    await c.signIn('coord@test.kontakt.test', oneTimePassword);
    const afterChange = await c.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword });
    expect(afterChange.body.stage).toBe('two_factor_enrol');
    const blocked = await c.get('/api/users');
    expect(blocked.body.error.code).toBe('two_factor_enrolment_required');

    const setup = await c.post('/api/auth/two-factor/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Kontakt:/);
    expect(setup.body.qrSvg).toMatch(/^<svg/);
    expect((await c.post('/api/auth/two-factor/enable', { code: '000000' })).status).toBe(401);
    const enabled = await c.post('/api/auth/two-factor/enable', { code: await currentTotp(setup.body.secret) });
    expect(enabled.status).toBe(200);
    const recovery = enabled.body.recoveryCodes as string[];
    expect(recovery).toHaveLength(10);
    expect((await c.get('/api/users')).status).toBe(200);
    // The secret is stored encrypted, never in clear.
    const { rows } = await t.db.ownerPool.query(
      "SELECT totp_secret_enc FROM users WHERE email = 'coord@test.kontakt.test'",
    );
    expect(rows[0].totp_secret_enc).toMatch(/^kf1\./);
    expect(rows[0].totp_secret_enc).not.toContain(setup.body.secret);

    const again = t.anonymous();
    expect((await again.signIn('coord@test.kontakt.test', newPassword)).body.stage).toBe('two_factor_verify');
    expect((await again.get('/api/users')).body.error.code).toBe('two_factor_required');
    expect((await again.post('/api/auth/two-factor/verify', { code: '123456' })).status).toBe(401);
    const viaRecovery = await again.post('/api/auth/two-factor/verify', { recoveryCode: recovery[0] });
    expect(viaRecovery.body.stage).toBe('full');
    expect((await again.get('/api/users')).status).toBe(200);

    // A recovery code works once.
    const third = t.anonymous();
    await third.signIn('coord@test.kontakt.test', newPassword);
    expect((await third.post('/api/auth/two-factor/verify', { recoveryCode: recovery[0] })).status).toBe(401);
    // Five wrong codes in a quarter hour (two above, three here) end the attempt.
    for (let i = 0; i < 3; i++)
      expect((await third.post('/api/auth/two-factor/verify', { code: '000001' })).status).toBe(401);
    const locked = await third.post('/api/auth/two-factor/verify', { code: '000002' });
    expect(locked.status).toBe(429);
    expect((await third.get('/api/me/sessions')).status).toBe(401);
    // A coordinator may not switch two-factor off.
    expect((await again.post('/api/auth/two-factor/disable', { password: newPassword })).status).toBe(403);
  });

  it('keeps at least one active admin', async () => {
    const lone = await t.organisation('Lone');
    const adminUser = await t.user(lone, ['admin']);
    const admin = await t.as(adminUser);
    const res = await admin.patch(`/api/users/${adminUser.id}`, { roles: ['coordinator'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.roles).toMatch(/at least one active admin/);
  });

  it('refuses a second user with the same email, in any organisation', async () => {
    const admin = await t.as(await t.user(org, ['admin']));
    const other = await t.organisation('Other');
    const taken = await t.user(other, ['outreach']);
    const res = await admin.post('/api/users', { email: taken.email, displayName: 'Dup', roles: ['peer'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.email).toBe('This email address is already in use.');
  });
});
