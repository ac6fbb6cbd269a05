import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

let t: TestApp;
let worker: TestUser;
let w: ApiClient;
let other: ApiClient;
let coordinator: ApiClient;
let viewer: ApiClient;
let peer: ApiClient;
let teamA: string;
let teamB: string;
let groupSw: string;
let groupPwud: string;
let condoms: string;

const day = '2026-11-10';
const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+01:00`;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Figures');
  worker = await t.user(org, ['outreach']);
  const otherUser = await t.user(org, ['outreach']);
  w = await t.as(worker);
  other = await t.as(otherUser);
  coordinator = await t.as(await t.user(org, ['coordinator']));
  viewer = await t.as(await t.user(org, ['viewer']));
  peer = await t.as(await t.user(org, ['peer']));
  teamA = (await coordinator.post('/api/teams', { name: 'A', memberIds: [worker.id] })).body.id;
  teamB = (await coordinator.post('/api/teams', { name: 'B', memberIds: [otherUser.id] })).body.id;
  const groups = (await coordinator.get('/api/catalogues/target_group')).body.items;
  [groupSw, groupPwud] = [groups[0].id, groups[1].id];
  condoms = (await coordinator.get('/api/catalogues/material')).body.items[0].id;

  const shift = (
    await w.post('/api/shifts', {
      teamId: teamA,
      date: day,
      plannedStart: '18:00',
      plannedEnd: '22:00',
      channel: 'street',
    })
  ).body;
  await w.post(`/api/shifts/${shift.id}/open`);
  const anna = (await w.post('/api/clients', { pseudonym: 'Anna', targetGroupIds: [groupSw] })).body.id;
  const bartek = (await w.post('/api/clients', { pseudonym: 'Bartek', targetGroupIds: [groupSw, groupPwud] })).body.id;
  const rec = (as: ApiClient, body: Record<string, unknown>) => as.post('/api/contacts', body);
  await rec(w, {
    kind: 'first',
    clientId: anna,
    shiftId: shift.id,
    occurredAt: at(18),
    materials: [{ materialId: condoms, quantity: 10 }],
  });
  await rec(w, { kind: 'repeat', clientId: anna, shiftId: shift.id, occurredAt: at(20) });
  await rec(w, {
    kind: 'repeat',
    clientId: bartek,
    shiftId: shift.id,
    occurredAt: at(21),
    materials: [{ materialId: condoms, quantity: 4 }],
  });
  await rec(w, {
    kind: 'anonymous',
    shiftId: shift.id,
    occurredAt: at(19),
    headCount: 6,
    breakdown: { women: 4, men: 2, targetGroups: [{ targetGroupId: groupPwud, count: 6 }] },
  });
  // Team B, a club, the same day; and one contact outside the period.
  await rec(other, { kind: 'anonymous', channel: 'club', teamId: teamB, occurredAt: at(23), headCount: 2 });
  await rec(other, {
    kind: 'anonymous',
    channel: 'club',
    teamId: teamB,
    occurredAt: '2026-10-01T12:00:00+02:00',
    headCount: 9,
  });
});
afterAll(() => t.close());

const stats = (as: ApiClient, groupBy = 'none') =>
  as.get(`/api/outreach/statistics?from=${day}&to=${day}&groupBy=${groupBy}`);

describe('outreach statistics', () => {
  it('counts contacts, unique and new people, and keeps anonymous head counts apart', async () => {
    const res = await stats(coordinator);
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({ contacts: 5, uniquePeople: 2, newPeople: 1, anonymousHeadCount: 8 });
    expect(res.body.totals.materials).toEqual([{ materialId: condoms, quantity: 14 }]);
    expect(res.body.suppressedBelow).toBeNull();
  });

  it('breaks the figures down by channel and by target group', async () => {
    const byChannel = (await stats(coordinator, 'channel')).body.groups;
    expect(byChannel).toEqual([
      expect.objectContaining({ key: 'club', contacts: 1, uniquePeople: 0, anonymousHeadCount: 2 }),
      expect.objectContaining({ key: 'street', contacts: 4, uniquePeople: 2, anonymousHeadCount: 6 }),
    ]);
    const byGroup = (await stats(coordinator, 'target_group')).body.groups;
    const sw = byGroup.find((g: { key: string }) => g.key === groupSw);
    const pwud = byGroup.find((g: { key: string }) => g.key === groupPwud);
    expect(sw).toMatchObject({ contacts: 3, uniquePeople: 2, newPeople: 1, anonymousHeadCount: 0 });
    expect(pwud).toMatchObject({ contacts: 2, uniquePeople: 1, anonymousHeadCount: 6 });
  });

  it('gives an outreach worker the figures of their own team only', async () => {
    expect((await stats(w)).body.totals).toMatchObject({ contacts: 4, anonymousHeadCount: 6 });
    expect((await stats(other)).body.totals).toMatchObject({ contacts: 1, anonymousHeadCount: 2 });
  });

  it('suppresses small counts for viewers and refuses roles without figures', async () => {
    const res = await stats(viewer, 'channel');
    expect(res.body.suppressedBelow).toBe(5);
    expect(res.body.totals).toMatchObject({ contacts: 5, uniquePeople: null, newPeople: null, anonymousHeadCount: 8 });
    expect(res.body.groups.find((g: { key: string }) => g.key === 'club')).toMatchObject({
      contacts: null,
      anonymousHeadCount: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Anna|Bartek/);
    expect((await stats(peer)).status).toBe(403);
    expect((await coordinator.get(`/api/outreach/statistics?from=${day}&to=2026-01-01`)).status).toBe(400);
  });
});

describe('worker monitoring', () => {
  it("shows each worker's shifts, hours, contacts, new people and reports waiting", async () => {
    const res = await coordinator.get(`/api/outreach/workers?from=${day}&to=${day}`);
    expect(res.status).toBe(200);
    const mine = res.body.items.find((i: { userId: string }) => i.userId === worker.id);
    expect(mine).toMatchObject({ shifts: 1, contacts: 4, newPeople: 1, overdueFollowUps: 0, reportsWaiting: 0 });
    expect(mine.hours).toBeGreaterThan(0);
    const onlyB = await coordinator.get(`/api/outreach/workers?from=${day}&to=${day}&teamId=${teamB}`);
    expect(onlyB.body.items.map((i: { userId: string }) => i.userId)).not.toContain(worker.id);
    expect((await w.get(`/api/outreach/workers?from=${day}&to=${day}`)).status).toBe(403);
  });
});
