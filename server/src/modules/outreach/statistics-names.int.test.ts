import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/** A funder's role reads no lists: the statistics name what they count, and only that. */
let t: TestApp;
let viewer: ApiClient;
let teamId: string;
let areaId: string;
let group: string;
let unusedGroup: string;
let condoms: string;
const day = '2026-11-12';

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Named figures');
  const worker = await t.user(org, ['outreach']);
  const w = await t.as(worker);
  const coordinator = await t.as(await t.user(org, ['coordinator']));
  viewer = await t.as(await t.user(org, ['viewer']));
  teamId = (await coordinator.post('/api/teams', { name: 'Ulica', memberIds: [worker.id] })).body.id;
  areaId = (await coordinator.post('/api/areas', { name: 'Praga-Północ' })).body.id;
  const groups = (await coordinator.get('/api/catalogues/target_group')).body.items;
  [group, unusedGroup] = [groups[0].id, groups[1].id];
  condoms = (await coordinator.get('/api/catalogues/material')).body.items[0].id;
  const shift = (
    await w.post('/api/shifts', {
      teamId,
      date: day,
      plannedStart: '18:00',
      plannedEnd: '22:00',
      channel: 'street',
      areaId,
    })
  ).body;
  expect((await w.post(`/api/shifts/${shift.id}/open`)).status).toBe(200);
  const person = (await w.post('/api/clients', { pseudonym: 'Ola', targetGroupIds: [group] })).body.id;
  const contact = await w.post('/api/contacts', {
    kind: 'first',
    clientId: person,
    shiftId: shift.id,
    occurredAt: `${day}T19:00:00+01:00`,
    materials: [{ materialId: condoms, quantity: 3 }],
  });
  expect(contact.status, JSON.stringify(contact.body)).toBe(201);
});
afterAll(() => t.close());

const stats = async (groupBy: string) => {
  const res = await viewer.get(`/api/outreach/statistics?from=${day}&to=${day}&groupBy=${groupBy}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('statistics names', () => {
  it('names the areas, teams, target groups and materials in the answer for a viewer', async () => {
    expect((await stats('area')).names.areas).toEqual({ [areaId]: 'Praga-Północ' });
    expect((await stats('team')).names.teams).toEqual({ [teamId]: 'Ulica' });
    const byGroup = await stats('target_group');
    expect(Object.keys(byGroup.names.items).sort()).toEqual([group, condoms].sort());
    expect(byGroup.names.items[condoms]).toMatchObject({ key: expect.any(String), labels: expect.any(Object) });
    expect(byGroup.names.items[unusedGroup]).toBeUndefined(); // nothing the figures do not mention
    // …while the lists themselves stay closed to the role.
    expect((await viewer.get('/api/catalogues/material')).status).toBe(403);
    expect((await viewer.get('/api/teams')).status).toBe(403);
  });
});
