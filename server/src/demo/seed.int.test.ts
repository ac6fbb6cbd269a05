import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '#core/roles';
import { startTestApp, type TestApp } from '../../test/app';
import { ApiClient } from '../../test/client';
import { testCodeSecret } from '../../test/database';
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
    for (const org of demoOrganisations)
      logins.push(
        ...(await seedDemoOrganisation(
          t.db.app,
          { keyring: t.keyring, codeSecretRoot: testCodeSecret },
          org,
          password,
        )),
      );
    for (const domain of ['demo.kontakt.test', 'demo2.kontakt.test']) {
      const ofDomain = logins.filter((l) => l.email.endsWith(`@${domain}`));
      expect(new Set(ofDomain.map((l) => l.role))).toEqual(new Set(roles));
    }
    const outreach = new ApiClient(t.app);
    const res = await outreach.signIn('outreach@demo.kontakt.test', password);
    expect(res.body.stage).toBe('full');
    expect((await outreach.get('/api/areas')).body.items.length).toBeGreaterThan(0);
    // S1 and S5: people, shifts in every state, contacts, stock.
    const { rows } = await t.db.ownerPool.query('SELECT DISTINCT status FROM shifts');
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['planned', 'open', 'submitted', 'approved', 'returned']),
    );
    // The outreach worker sees their street team's shifts.
    const shifts = (await outreach.get('/api/shifts?pageSize=50')).body.items;
    const found = await outreach.post('/api/clients/search', { code: 'DOR14KAS03' });
    expect(found.body.items[0].pseudonym).toBe('Roksana');
    const approved = shifts.find((s: { status: string }) => s.status === 'approved');
    const report = (await outreach.get(`/api/shifts/${approved.id}/report`)).body;
    expect(report.people.new + report.people.known + report.people.anonymous).toBeGreaterThan(0);
    // S1 step 4 indoors: Roksana at the drop-in, her consultation's notes for psychologists only, her HIV test.
    const roksana = found.body.items[0].id;
    const signedIn = async (email: string) => {
      const client = new ApiClient(t.app);
      expect((await client.signIn(email, password)).body.stage).toBe('full');
      return client;
    };
    const reception = await signedIn('reception@demo.kontakt.test');
    const dropIn = (await reception.get('/api/visits/occupancy')).body.items.find(
      (s: { type: string }) => s.type === 'drop_in_centre',
    );
    expect(dropIn.present).toBeGreaterThanOrEqual(3);
    const psych = await signedIn('counsellor.psych@demo.kontakt.test');
    const medic = await signedIn('counsellor.medical@demo.kontakt.test');
    const consultation = (await psych.get(`/api/clients/${roksana}/appointments`)).body.items.find(
      (a: { hasNotes: boolean }) => a.hasNotes,
    );
    expect((await psych.get(`/api/appointments/${consultation.id}`)).body.notes).toMatch(/violent client/);
    expect((await medic.get(`/api/appointments/${consultation.id}`)).body.notes).toBeNull();
    expect((await medic.get(`/api/clients/${roksana}/health-tests`)).body.items[0].medical.result).toBe('non_reactive');
    expect((await psych.get(`/api/clients/${roksana}/health-tests`)).body.items[0].medical).toBeNull();
    // S3 step 2: a person in a re-adaptation flat, another waiting for the second flat.
    const sites = (await reception.get('/api/sites')).body.items as { id: string; name: string }[];
    const flat = (name: string) => sites.find((x) => x.name === name)?.id ?? '';
    const inFlat = (await reception.get(`/api/sites/${flat('Mieszkanie readaptacyjne 1')}/placements`)).body.items;
    expect(inFlat.map((p: { pseudonym: string }) => p.pseudonym)).toEqual(['Pan Zdzisław']);
    const waiting = (await reception.get(`/api/sites/${flat('Mieszkanie readaptacyjne 2')}/waiting-list`)).body.items;
    expect(waiting.map((w: { pseudonym: string }) => w.pseudonym)).toEqual(['Mira z Wileńskiego']);
    // The partner directory: Warsaw and Gdańsk partners, a confidential shelter shared by name only.
    const partners = (await reception.get('/api/partners?pageSize=50')).body.items as { name: string }[];
    expect(partners.length).toBeGreaterThanOrEqual(6);
    const treatment = (await reception.get('/api/partner-services?serviceType=substitution_treatment')).body.items;
    expect(treatment).toHaveLength(1);
    const gdansk = (await reception.get('/api/partners?q=Gdańsk')).body.items;
    expect(gdansk).toHaveLength(2);
    // Each demo works with the six kinds of institution seed 000 names, in both its cities.
    const kinds = [
      'social_assistance',
      'infectious_diseases',
      'substitution_treatment',
      'legal_aid',
      'police_liaison',
      'shelter',
    ];
    const prague = await signedIn('outreach@demo2.kontakt.test');
    for (const reader of [reception, prague]) {
      for (const kind of kinds) {
        const offered = (await reader.get(`/api/partner-services?serviceType=${kind}`)).body.items;
        expect(offered.length, kind).toBeGreaterThan(0);
      }
    }
    expect((await prague.get('/api/partners?q=Ostrava')).body.items.length).toBeGreaterThanOrEqual(3);
    // S3 step 2: Pan Zdzisław's plan with three goals, two achieved; his referral to treatment completed.
    const zdzislaw = inFlat[0].clientId as string;
    const plans = (await psych.get(`/api/clients/${zdzislaw}/plans`)).body.items;
    expect(plans[0].goals.map((g: { status: string }) => g.status)).toEqual(['achieved', 'achieved', 'open']);
    const referrals = (await psych.get(`/api/clients/${zdzislaw}/referrals`)).body.items;
    expect(referrals.map((r: { status: string }) => r.status)).toEqual(['completed']);
    const admin = new ApiClient(t.app);
    expect((await admin.signIn('admin@demo2.kontakt.test', password)).body.stage).toBe('two_factor_enrol');
  });
});
