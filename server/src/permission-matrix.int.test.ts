import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '#core/permissions/actions';
import { can } from '#core/permissions/policy';
import { type Role, roles } from '#core/roles';
import { startTestApp, type TestApp, type TestUser } from '../test/app';
import type { ApiClient } from '../test/client';

/**
 * The permission matrix, generated from the routes themselves: every API
 * route × every role must be allowed exactly when core's policy says so, and
 * no route may show or change another organisation's records. A new route
 * without an access rule fails the boot; a new route with an id parameter
 * and no fixture below fails this file.
 */
let t: TestApp;
let orgA: string;
let orgB: string;
const clients = new Map<Role, ApiClient>();
let adminB: ApiClient;
let everyRoleB: ApiClient;
let adminA: ApiClient;
const idsOfA = new Set<string>();

/** Records of organisation A that routes with parameters can be pointed at. */
const fixturesOfA: Record<string, Record<string, string>> = {};

/** Routes whose parameters name no record (a catalogue kind): they list or create in the caller's own organisation. */
const ownScopeParams: Record<string, Record<string, string>> = {
  '/api/catalogues/:kind': { kind: 'material' },
  '/api/print/contact-cards/:kind': { kind: 'first' },
};

const uuid = '01890000-0000-7000-8000-000000000000';

function fill(url: string, params: Record<string, string> = {}): string {
  return url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? (name === 'kind' ? 'material' : uuid));
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  idsOfA.add(orgA);
  for (const role of roles) {
    const u = await t.user(orgB, [role], role === 'counsellor' ? { disciplines: ['psychological'] } : {});
    clients.set(role, await t.as(u));
  }
  adminB = clients.get('admin')!;
  // Holds every role, so the cross-organisation probe is never stopped by a 403 first.
  everyRoleB = await t.as(await t.user(orgB, [...roles], { disciplines: ['psychological'] }));
  const userA: TestUser = await t.user(orgA, ['admin']);
  adminA = await t.as(userA);
  idsOfA.add(userA.id);
  const site = (await adminA.post('/api/sites', { name: 'A site', type: 'drop_in_centre' })).body;
  const team = (await adminA.post('/api/teams', { name: 'A team', memberIds: [userA.id] })).body;
  const area = (await adminA.post('/api/areas', { name: 'A area' })).body;
  const spot = (await adminA.post(`/api/areas/${area.id}/spots`, { name: 'A spot', kind: 'street' })).body;
  const item = (await adminA.get('/api/catalogues/material')).body.items[0];
  const sessions = (await adminA.get('/api/me/sessions')).body.items;
  const coordinatorA = await t.as(await t.user(orgA, ['coordinator']));
  const person = (await coordinatorA.post('/api/clients', { pseudonym: 'A person', code: 'ALA01BEA02' })).body;
  const duplicate = (await coordinatorA.post('/api/clients', { pseudonym: 'A duplicate' })).body;
  const consent = (
    await coordinatorA.post(`/api/clients/${person.id}/consents`, {
      purpose: 'photo',
      givenOn: '2026-11-01',
      method: 'verbal',
    })
  ).body;
  const merge = (await coordinatorA.post(`/api/clients/${person.id}/merge`, { duplicateId: duplicate.id })).body;
  for (const id of [site.id, team.id, area.id, spot.id, item.id, sessions[0].id, person.id, consent.id, merge.id])
    idsOfA.add(id);
  for (const url of [
    '/api/clients/:id',
    '/api/clients/:id/code',
    '/api/clients/:id/identity/open',
    '/api/clients/:id/identity',
    '/api/clients/:id/consents',
    '/api/clients/:id/access-log',
    '/api/clients/:id/merges',
    '/api/clients/:id/merge',
  ])
    fixturesOfA[url] = { id: person.id };
  fixturesOfA['/api/clients/:id/consents/:consentId/withdraw'] = { id: person.id, consentId: consent.id };
  fixturesOfA['/api/client-merges/:id/undo'] = { id: merge.id };
  fixturesOfA['/api/clients/:id/enrollments'] = { id: person.id };
  const shiftA = (
    await coordinatorA.post('/api/shifts', {
      teamId: team.id,
      date: '2026-11-30',
      plannedStart: '18:00',
      plannedEnd: '22:00',
      channel: 'street',
    })
  ).body;
  const contactA = (
    await coordinatorA.post('/api/contacts', {
      kind: 'first',
      clientId: person.id,
      shiftId: shiftA.id,
      notes: 'A note',
    })
  ).body;
  const enrollmentA = (await coordinatorA.get(`/api/clients/${person.id}/enrollments`)).body.items[0];
  const deviceA = (await coordinatorA.post('/api/devices', { id: uuidv7(), name: 'A phone' })).body;
  for (const id of [shiftA.id, contactA.id, enrollmentA.id, deviceA.id]) idsOfA.add(id);
  fixturesOfA['/api/devices/:id/revoke'] = { id: deviceA.id };
  // Two offline edits of the person's pseudonym, neither made having seen the other: a conflict entry.
  const edit = (value: string, ms: number) => ({
    opId: uuidv7(),
    type: 'client.update',
    recordId: person.id,
    payload: { fields: { pseudonym: { value, hlc: `${ms}:00000:${deviceA.id}`, base: null } } },
  });
  const pushed = await coordinatorA.post('/api/sync/push', {
    deviceId: deviceA.id,
    operations: [edit('A person', Date.now() - 1000), edit('A person too', Date.now() - 2000)],
  });
  expect(pushed.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
  const conflictA = (await coordinatorA.get('/api/sync/conflicts')).body.items[0];
  idsOfA.add(conflictA.id);
  fixturesOfA['/api/sync/conflicts/:id/resolve'] = { id: conflictA.id };
  for (const step of ['', '/open', '/submit', '/approve', '/return', '/report', '/report.pdf'])
    fixturesOfA[`/api/shifts/:id${step}`] = { id: shiftA.id };
  fixturesOfA['/api/contacts/:id'] = { id: contactA.id };
  fixturesOfA['/api/enrollments/:id'] = { id: enrollmentA.id };
  fixturesOfA['/api/users/:id'] = { id: userA.id };
  fixturesOfA['/api/users/:id/reset-password'] = { id: userA.id };
  fixturesOfA['/api/users/:id/sessions'] = { id: userA.id };
  fixturesOfA['/api/sites/:id'] = { id: site.id };
  fixturesOfA['/api/teams/:id'] = { id: team.id };
  fixturesOfA['/api/areas/:id'] = { id: area.id };
  fixturesOfA['/api/areas/:areaId/spots'] = { areaId: area.id };
  fixturesOfA['/api/spots/:id'] = { id: spot.id };
  fixturesOfA['/api/catalogues/:kind/:id'] = { kind: 'material', id: item.id };
  fixturesOfA['/api/me/sessions/:id'] = { id: sessions[0].id };
  // A visit of the person at A's site (drop-in).
  const visitA = (await coordinatorA.post('/api/visits', { siteId: site.id, clientId: person.id })).body;
  idsOfA.add(visitA.id);
  for (const step of ['/services', '/check-out']) fixturesOfA[`/api/visits/:id${step}`] = { id: visitA.id };
  fixturesOfA['/api/clients/:id/visits'] = { id: person.id };
  // An appointment of the person with a psychologist of A (counselling).
  const psychologistA = await t.user(orgA, ['counsellor'], { disciplines: ['psychological'] });
  const appointmentA = (
    await coordinatorA.post('/api/appointments', {
      clientId: person.id,
      counsellorId: psychologistA.id,
      discipline: 'psychological',
      startsAt: '2026-12-01T10:00:00Z',
      siteId: site.id,
    })
  ).body;
  idsOfA.add(appointmentA.id);
  for (const step of ['', '/status', '/notes']) fixturesOfA[`/api/appointments/:id${step}`] = { id: appointmentA.id };
  fixturesOfA['/api/clients/:id/appointments'] = { id: person.id };
  // A health test of the person, recorded by a medical counsellor of A.
  const medicA = await t.as(await t.user(orgA, ['counsellor'], { disciplines: ['medical'] }));
  const hivA = (await adminA.get('/api/catalogues/test_type')).body.items[0].id;
  const testA = (
    await medicA.post('/api/health-tests', { clientId: person.id, testTypeId: hivA, testedOn: '2026-11-20' })
  ).body;
  idsOfA.add(testA.id);
  fixturesOfA['/api/health-tests/:id'] = { id: testA.id };
  fixturesOfA['/api/clients/:id/health-tests'] = { id: person.id };
});
// Beds and housing (server/src/modules/housing): a bed at A's site, the person placed in it, then waiting there.
beforeAll(async () => {
  // Made by the block above; an empty id would fail the fixture check below, loudly.
  const siteA = fixturesOfA['/api/sites/:id']?.id ?? '';
  const personA = fixturesOfA['/api/clients/:id']?.id ?? '';
  const receptionA = await t.as(await t.user(orgA, ['reception']));
  const unitA = (await receptionA.post(`/api/sites/${siteA}/units`, { label: 'A bed' })).body;
  const placementA = (
    await receptionA.post('/api/placements', { clientId: personA, unitId: unitA.id, startOn: '2026-11-01' })
  ).body;
  const waitingA = (await receptionA.post(`/api/sites/${siteA}/waiting-list`, { clientId: personA })).body;
  for (const id of [unitA.id, placementA.id, waitingA.id]) idsOfA.add(id);
  for (const list of ['units', 'placements', 'waiting-list', 'housing-occupancy'])
    fixturesOfA[`/api/sites/:siteId/${list}`] = { siteId: siteA };
  fixturesOfA['/api/housing-units/:id'] = { id: unitA.id };
  for (const step of ['', '/end', '/move']) fixturesOfA[`/api/placements/:id${step}`] = { id: placementA.id };
  fixturesOfA['/api/clients/:id/placements'] = { id: personA };
  fixturesOfA['/api/waiting-list/:id/withdraw'] = { id: waitingA.id };
});
// The partner directory (server/src/modules/partners): a partner of A with a place and a service given there.
beforeAll(async () => {
  const coordinatorA = await t.as(await t.user(orgA, ['coordinator']));
  const partnerA = (await coordinatorA.post('/api/partners', { name: 'A partner' })).body;
  const locationA = (
    await coordinatorA.post('/api/partner-locations', { partnerId: partnerA.id, name: 'A place', city: 'Warszawa' })
  ).body;
  const serviceA = (
    await coordinatorA.post('/api/partner-services', {
      partnerId: partnerA.id,
      name: 'A service',
      serviceTypes: ['legal_aid'],
      locationIds: [locationA.id],
    })
  ).body;
  for (const id of [partnerA.id, locationA.id, serviceA.id]) idsOfA.add(id);
  fixturesOfA['/api/partners/:id'] = { id: partnerA.id };
  fixturesOfA['/api/partner-locations/:id'] = { id: locationA.id };
  fixturesOfA['/api/partner-services/:id'] = { id: serviceA.id };
  fixturesOfA['/api/hsds/services/:id'] = { id: serviceA.id };
  fixturesOfA['/api/hsds/organizations/:id'] = { id: partnerA.id };
  const keyA = (await adminA.post('/api/directory-keys', { name: 'A partner system' })).body;
  idsOfA.add(keyA.id);
  fixturesOfA['/api/directory-keys/:id/revoke'] = { id: keyA.id };
  // A referral of the person to that service (referrals).
  const personA = fixturesOfA['/api/clients/:id']?.id ?? '';
  const referralA = (
    await coordinatorA.post('/api/referrals', {
      clientId: personA,
      partnerServiceId: serviceA.id,
      referredOn: '2026-11-20',
    })
  ).body;
  idsOfA.add(referralA.id);
  for (const step of ['', '/status']) fixturesOfA[`/api/referrals/:id${step}`] = { id: referralA.id };
  fixturesOfA['/api/clients/:id/referrals'] = { id: personA };
  fixturesOfA['/api/clients/:id/noted-referrals'] = { id: personA };
  // A support plan of the person, with a goal and a step (plans).
  const planA = (
    await coordinatorA.post(`/api/clients/${personA}/plans`, {
      agreedOn: '2026-11-20',
      agreedHow: 'in_person',
      goals: [{ domain: 'documents', description: 'An ID card', steps: [{ title: 'Photos' }] }],
    })
  ).body;
  const goalA = planA.goals[0];
  for (const id of [planA.id, goalA.id, goalA.steps[0].id]) idsOfA.add(id);
  fixturesOfA['/api/clients/:id/plans'] = { id: personA };
  for (const step of ['', '/goals', '/reviews', '/close']) fixturesOfA[`/api/plans/:id${step}`] = { id: planA.id };
  for (const step of ['', '/steps']) fixturesOfA[`/api/plan-goals/:id${step}`] = { id: goalA.id };
  fixturesOfA['/api/plan-steps/:id'] = { id: goalA.steps[0].id };
});
afterAll(() => t.close());

describe('permission matrix', () => {
  it('covers every API route', () => {
    expect(t.app.routeRules.length).toBeGreaterThan(30);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const rule of t.app.routeRules.filter((r) => r.access !== 'public')) {
      const anonymous = t.anonymous();
      await anonymous.refresh();
      const res = await anonymous.request(rule.method as 'GET', fill(rule.url), rule.method === 'GET' ? undefined : {});
      expect(res.status, `${rule.method} ${rule.url}`).toBe(401);
    }
  });

  it('allows exactly the roles the policy names, and refuses the others with 403', async () => {
    const rules = t.app.routeRules.filter((r) => r.access !== 'public' && r.access !== 'session');
    for (const rule of rules) {
      for (const role of roles) {
        const client = clients.get(role)!;
        const res = await client.request(rule.method as 'GET', fill(rule.url), rule.method === 'GET' ? undefined : {});
        const label = `${role} → ${rule.method} ${rule.url} (${res.status})`;
        if (can([role], rule.access as Action)) {
          expect([401, 403], label).not.toContain(res.status);
        } else {
          expect(res.status, label).toBe(403);
          expect(res.body.error.code, label).toBe('forbidden');
        }
      }
    }
  });

  it("never reaches another organisation's record through a route parameter", async () => {
    for (const rule of t.app.routeRules.filter((r) => r.url.includes(':') && !ownScopeParams[r.url])) {
      const params = fixturesOfA[rule.url];
      expect(params, `no fixture of organisation A for ${rule.url}: add one`).toBeDefined();
      // A fixture whose record failed to be made would only probe a 400 for a malformed id.
      for (const value of Object.values(params ?? {}))
        if (!['material', 'first'].includes(value)) expect(value, `fixture of ${rule.url}`).toMatch(/^[0-9a-f-]{36}$/);
      const res = await everyRoleB.request(
        rule.method as 'GET',
        fill(rule.url, params),
        rule.method === 'GET' ? undefined : {},
      );
      expect([400, 404], `${rule.method} ${rule.url} answered ${res.status}`).toContain(res.status);
      if (res.status === 400) expect(res.body.error.code).toBe('validation_failed');
    }
    // Organisation A's records are untouched and still there.
    const site = await adminA.get(`/api/sites/${fixturesOfA['/api/sites/:id']!.id}`);
    expect(site.body.name).toBe('A site');
  });

  it("never lists another organisation's records", async () => {
    const lists = t.app.routeRules.filter((r) => r.method === 'GET' && (!r.url.includes(':') || ownScopeParams[r.url]));
    for (const rule of lists) {
      for (const client of [adminB, clients.get('coordinator')!, everyRoleB]) {
        const res = await client.get(fill(rule.url, ownScopeParams[rule.url]));
        const text = JSON.stringify(res.body ?? '');
        for (const id of idsOfA) expect(text.includes(id), `${rule.url} shows ${id}`).toBe(false);
      }
    }
  });
});
