import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { addDays, count, newSite, person, startHousingKit, today, unit } from './test-kit';

let t: TestApp;
let reception: ApiClient;
let outreach: ApiClient;
let volunteer: ApiClient;
let otherOrg: ApiClient;
let siteId: string;

beforeAll(async () => {
  ({ t, reception, outreach, volunteer, otherOrg, siteId } = await startHousingKit());
});
afterAll(() => t.close());

describe('a site’s waiting list', () => {
  it('adds a person once, lists urgent first, and marks them placed when they get a bed', async () => {
    const [ula, vic] = [await person('Ula'), await person('Vic')];
    const added = await reception.post(`/api/sites/${siteId}/waiting-list`, {
      clientId: ula,
      addedOn: addDays(today, -7),
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      clientId: ula,
      pseudonym: 'Ula',
      siteId,
      priority: 'normal',
      addedOn: addDays(today, -7),
      status: 'waiting',
      placementId: null,
    });
    const urgent = await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: vic, priority: 'urgent' });
    expect(urgent.status).toBe(201);
    const list = await outreach.get(`/api/sites/${siteId}/waiting-list`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { pseudonym: string }) => e.pseudonym)).toEqual(['Vic', 'Ula']);
    expect(list.body.total).toBe(2);

    const again = await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: ula });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ clientId: "This person is already on this site's waiting list." });

    const bed = await unit('Bed W1');
    const placed = await reception.post('/api/placements', { clientId: ula, unitId: bed, startOn: today });
    expect(placed.status).toBe(201);
    const after = (await reception.get(`/api/sites/${siteId}/waiting-list?status=placed`)).body.items;
    expect(after).toEqual([
      expect.objectContaining({ id: added.body.id, status: 'placed', statusOn: today, placementId: placed.body.id }),
    ]);
    expect(
      (await reception.get(`/api/sites/${siteId}/waiting-list`)).body.items.map((e: { id: string }) => e.id),
    ).toEqual([urgent.body.id]);
    // Placed, they may wait again later (for another stay).
    expect((await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: ula })).status).toBe(201);
  });

  it('lets one of two simultaneous additions of a person through', async () => {
    const w = await person('Wim');
    const results = await Promise.all([
      reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: w }),
      reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: w }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await count('housing_waiting_list', `client_id = '${w}'`)).toBe(1);
  });

  it('withdraws a waiting person once', async () => {
    const x = await person('Xan');
    const entry = (await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: x })).body;
    const withdrawn = await reception.post(`/api/waiting-list/${entry.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', statusOn: today });
    const twice = await reception.post(`/api/waiting-list/${entry.id}/withdraw`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields).toEqual({ id: 'This person is no longer waiting.' });
  });

  it('refuses bad input and other roles and organisations, writing nothing', async () => {
    const y = await person('Yul');
    const before = { entries: await count('housing_waiting_list'), audits: await count('audit_events') };
    const future = await reception.post(`/api/sites/${siteId}/waiting-list`, {
      clientId: y,
      addedOn: addDays(today, 1),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual({ addedOn: 'The date is too late.' });
    const bad = await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: y, priority: 'vip', note: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      priority: 'Choose one of the offered options.',
      note: 'This field is not allowed.',
    });
    expect((await outreach.post(`/api/sites/${siteId}/waiting-list`, { clientId: y })).status).toBe(403);
    expect((await volunteer.get(`/api/sites/${siteId}/waiting-list`)).status).toBe(403);
    expect((await otherOrg.get(`/api/sites/${siteId}/waiting-list`)).status).toBe(404);
    expect((await otherOrg.post(`/api/sites/${siteId}/waiting-list`, { clientId: y })).status).toBe(404);
    expect(await count('housing_waiting_list')).toBe(before.entries);
    expect(await count('audit_events')).toBe(before.audits);

    const entry = (await reception.post(`/api/sites/${siteId}/waiting-list`, { clientId: y })).body;
    expect((await otherOrg.post(`/api/waiting-list/${entry.id}/withdraw`)).status).toBe(404);
    expect((await reception.post(`/api/waiting-list/${entry.id}/withdraw`, { reason: 'x' })).status).toBe(400);
    expect(
      (await reception.get(`/api/sites/${siteId}/waiting-list`)).body.items.map((e: { id: string }) => e.id),
    ).toContain(entry.id);
  });
});

describe('occupancy history', () => {
  it('counts the units occupied each day from the stays, against units in use and beds', async () => {
    const site = await newSite('Counted shelter', 3);
    const [bed1, bed2, bed3] = [
      await unit('B1', 'bed', site),
      await unit('B2', 'bed', site),
      await unit('B3', 'bed', site),
    ];
    const [p, q, r] = [await person('Pia'), await person('Quin'), await person('Rae')];
    const stay = async (clientId: string, unitId: string, startOn: string, end?: [string, string]) => {
      const made = await reception.post('/api/placements', { clientId, unitId, startOn });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      if (end) {
        const ended = await reception.post(`/api/placements/${made.body.id}/end`, { endOn: end[0], outcome: end[1] });
        expect(ended.status, JSON.stringify(ended.body)).toBe(200);
      }
    };
    await stay(p, bed1, '2025-03-01', ['2025-03-04', 'other_facility']);
    await stay(q, bed2, '2025-03-02');
    // Pia comes back the day she left, into the bed she left: neither she nor the bed is double-booked.
    await stay(p, bed1, '2025-03-04', ['2025-03-06', 'rules_breach']);
    // A booking that never started holds nothing.
    await stay(r, bed3, '2025-03-05', ['2025-03-05', 'did_not_arrive']);
    // Out of use today, though it was used then: the count of units is today's.
    await reception.patch(`/api/housing-units/${bed3}`, { active: false });

    const res = await outreach.get(`/api/sites/${site}/housing-occupancy?from=2025-02-28&to=2025-03-07`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      siteId: site,
      from: '2025-02-28',
      to: '2025-03-07',
      capacityBeds: 3,
      activeUnits: 2,
      days: [
        { day: '2025-02-28', occupied: 0 },
        { day: '2025-03-01', occupied: 1 },
        { day: '2025-03-02', occupied: 2 },
        { day: '2025-03-03', occupied: 2 },
        { day: '2025-03-04', occupied: 2 },
        { day: '2025-03-05', occupied: 2 },
        { day: '2025-03-06', occupied: 1 },
        { day: '2025-03-07', occupied: 1 },
      ],
    });
  });

  it('defaults to the 30 days up to today and refuses ranges backwards or over 366 days', async () => {
    const site = await newSite('Quiet shelter');
    const res = await reception.get(`/api/sites/${site}/housing-occupancy`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: addDays(today, -29), to: today, capacityBeds: null, activeUnits: 0 });
    expect(res.body.days).toHaveLength(30);
    const year = await reception.get(`/api/sites/${site}/housing-occupancy?from=2024-01-01&to=2024-12-31`);
    expect(year.body.days).toHaveLength(366);

    const long = await reception.get(`/api/sites/${site}/housing-occupancy?from=2024-01-01&to=2025-01-01`);
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual({
      'querystring.to': 'The period must run forwards and last at most 366 days.',
    });
    const back = await reception.get(`/api/sites/${site}/housing-occupancy?from=2025-03-02&to=2025-03-01`);
    expect(back.status).toBe(400);
    expect((await reception.get(`/api/sites/${site}/housing-occupancy?from=2025-13-01`)).status).toBe(400);
    expect((await volunteer.get(`/api/sites/${site}/housing-occupancy`)).status).toBe(403);
    expect((await otherOrg.get(`/api/sites/${site}/housing-occupancy`)).status).toBe(404);
  });
});
