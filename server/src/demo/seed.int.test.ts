import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '#core/roles';
import { startTestApp, type TestApp } from '../../test/app';
import { ApiClient } from '../../test/client';
import { demoOrganisations } from './data';
import { seedDemoOrganisation } from './seed';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo seed', () => {
  it('creates both organisations with a user for every role, who can sign in', async () => {
    const password = 'demo password for the test';
    const logins = [];
    for (const org of demoOrganisations) logins.push(...(await seedDemoOrganisation(t.db.app, org, password)));
    for (const domain of ['demo.kontakt.test', 'demo2.kontakt.test']) {
      const ofDomain = logins.filter((l) => l.email.endsWith(`@${domain}`));
      expect(new Set(ofDomain.map((l) => l.role))).toEqual(new Set(roles));
    }
    const outreach = new ApiClient(t.app);
    const res = await outreach.signIn('outreach@demo.kontakt.test', password);
    expect(res.body.stage).toBe('full');
    expect((await outreach.get('/api/areas')).body.items.length).toBeGreaterThan(0);
    const admin = new ApiClient(t.app);
    expect((await admin.signIn('admin@demo2.kontakt.test', password)).body.stage).toBe('two_factor_enrol');
  });
});
