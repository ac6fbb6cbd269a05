import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * Health tests: the result and linkage to care are medical — sealed, shown to
 * medical counsellors only; coordinators get counts without a person or a
 * single result, small counts hidden.
 */
let t: TestApp;
let medic: ApiClient;
let social: ApiClient;
let coordinator: ApiClient;
let admin: ApiClient;
let outreach: ApiClient;
let otherOrg: ApiClient;
let site: string;
let hiv: string;
let hcv: string;
let material: string;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Tests org');
  medic = await t.as(await t.user(org, ['counsellor'], { disciplines: ['medical'] }));
  social = await t.as(await t.user(org, ['counsellor'], { disciplines: ['social', 'psychological'] }));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  admin = await t.as(await t.user(org, ['admin']));
  outreach = await t.as(await t.user(org, ['outreach']));
  site = (await admin.post('/api/sites', { name: 'Clinic room', type: 'drop_in_centre' })).body.id;
  const types = (await admin.get('/api/catalogues/test_type')).body.items as { id: string; key: string }[];
  hiv = types.find((x) => x.key === 'hiv')?.id ?? '';
  hcv = types.find((x) => x.key === 'hcv')?.id ?? '';
  material = (await admin.get('/api/catalogues/material')).body.items[0].id;
  const other = await t.organisation('Other org');
  otherOrg = await t.as(await t.user(other, ['counsellor', 'coordinator'], { disciplines: ['medical'] }));
});
afterAll(() => t.close());

const person = async (pseudonym: string) => (await coordinator.post('/api/clients', { pseudonym })).body.id as string;

async function record(body: Record<string, unknown>) {
  const res = await medic.post('/api/health-tests', { testTypeId: hiv, testedOn: '2026-11-20', siteId: site, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const stats = async (reader: ApiClient, from = '2026-11-01', to = '2026-11-30') =>
  (await reader.get(`/api/health-tests/statistics?from=${from}&to=${to}`)).body;

describe('health tests', () => {
  it('seals the result and shows it to medical counsellors only', async () => {
    const kasia = await person('Kasia');
    const test = await record({ clientId: kasia, result: 'reactive', linkage: 'referred', linkageOn: '2026-11-21' });
    expect(test.medical).toEqual({ result: 'reactive', linkage: 'referred', linkageOn: '2026-11-21' });
    const { rows } = await t.db.ownerPool.query('SELECT medical_enc FROM health_tests WHERE id = $1', [test.id]);
    expect(rows[0].medical_enc).not.toMatch(/reactive|referred/);

    const forMedic = await medic.get(`/api/clients/${kasia}/health-tests`);
    expect(forMedic.body.items[0].medical.result).toBe('reactive');
    const forSocial = await social.get(`/api/clients/${kasia}/health-tests`);
    expect(forSocial.status).toBe(200);
    expect(forSocial.body.items[0]).toMatchObject({ testTypeId: hiv, testedOn: '2026-11-20', medical: null });
    expect(JSON.stringify(forSocial.body)).not.toMatch(/reactive|referred/);
    // Coordinators, admins and outreach workers do not open individual tests at all.
    for (const reader of [coordinator, admin, outreach])
      expect((await reader.get(`/api/clients/${kasia}/health-tests`)).status).toBe(403);
    // Nor record or change them; a counsellor of another discipline neither.
    for (const writer of [social, coordinator]) {
      expect(
        (await writer.post('/api/health-tests', { clientId: kasia, testTypeId: hiv, testedOn: '2026-11-20' })).status,
      ).toBe(403);
      expect((await writer.patch(`/api/health-tests/${test.id}`, { result: 'non_reactive' })).status).toBe(403);
    }
  });

  it('counts tests done, reactive, referred and linked; hides small counts from those who see no results', async () => {
    const people = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((p) => person(`Tested ${p}`)));
    const ids: string[] = [];
    for (const [i, clientId] of people.entries())
      ids.push(
        (
          await record({
            clientId,
            testTypeId: hcv,
            testedOn: `2026-10-1${i}`,
            result: i < 5 ? 'non_reactive' : 'pending',
          })
        ).id,
      );
    // A result comes in, then linkage moves on: the figures follow.
    await medic.patch(`/api/health-tests/${ids[5]}`, { result: 'reactive' });
    await medic.patch(`/api/health-tests/${ids[5]}`, { linkage: 'confirmed', linkageOn: '2026-10-20' });
    const october = await stats(medic, '2026-10-01', '2026-10-31');
    expect(october.items).toEqual([{ testTypeId: hcv, done: 6, reactive: 1, referred: 0, linked: 1 }]);
    // The coordinator sees six tests, and no count that would point at the one reactive person.
    const forCoordinator = await stats(coordinator, '2026-10-01', '2026-10-31');
    expect(forCoordinator.threshold).toBe(5);
    expect(forCoordinator.items).toEqual([{ testTypeId: hcv, done: 6, reactive: null, referred: 0, linked: null }]);
    // Fewer tests than the threshold: none of the result counts is shown, not even a zero.
    const oneDay = await stats(coordinator, '2026-10-10', '2026-10-10');
    expect(oneDay.items).toEqual([{ testTypeId: hcv, done: 1, reactive: null, referred: null, linked: null }]);
    expect(JSON.stringify(forCoordinator)).not.toContain(people[5]);
  });

  it('refuses bad input and writes nothing; another organisation sees nothing', async () => {
    const kasia = await person('Kasia B');
    const before = (await t.db.ownerPool.query('SELECT count(*)::int AS n FROM health_tests')).rows[0].n;
    for (const [body, field] of [
      [{ clientId: kasia, testTypeId: material, testedOn: '2026-11-01' }, 'testTypeId'],
      [{ clientId: kasia, testTypeId: hiv, testedOn: '2026-13-01' }, 'testedOn'],
      [{ clientId: kasia, testTypeId: hiv, testedOn: '2026-11-01', result: 'positive' }, 'result'],
      [{ clientId: '01890000-0000-7000-8000-000000000000', testTypeId: hiv, testedOn: '2026-11-01' }, 'clientId'],
    ] as const) {
      const res = await medic.post('/api/health-tests', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
    }
    expect((await t.db.ownerPool.query('SELECT count(*)::int AS n FROM health_tests')).rows[0].n).toBe(before);
    const test = await record({ clientId: kasia });
    expect((await otherOrg.patch(`/api/health-tests/${test.id}`, { result: 'reactive' })).status).toBe(404);
    expect((await otherOrg.get(`/api/clients/${kasia}/health-tests`)).status).toBe(404);
    expect((await stats(otherOrg)).items).toEqual([]);
  });
});
