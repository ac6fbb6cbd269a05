import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { addDays, audits, count, person, place, refused, startHousingKit, today, unit } from './test-kit';

let t: TestApp;
let coordinator: ApiClient;
let reception: ApiClient;
let outreach: ApiClient;
let volunteer: ApiClient;
let viewer: ApiClient;
let otherOrg: ApiClient;
let siteId: string;
let otherSiteId: string;

beforeAll(async () => {
  ({ t, coordinator, reception, outreach, volunteer, viewer, otherOrg, siteId, otherSiteId } = await startHousingKit());
});
afterAll(() => t.close());

describe('beds and rooms of a site', () => {
  it('adds, lists, renames and refuses a label already used there', async () => {
    const bed = await unit('Bed 1');
    await unit('Room A', 'room');
    const list = await outreach.get(`/api/sites/${siteId}/units`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { label: string }) => u.label)).toEqual(['Bed 1', 'Room A']);
    expect(list.body.items[0]).toEqual({ id: bed, siteId, label: 'Bed 1', kind: 'bed', active: true, current: null });

    const taken = await reception.post(`/api/sites/${siteId}/units`, { label: 'bed 1' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'conflict', fields: { label: 'This name is already in use.' } });
    // The same label at another site is another bed.
    await unit('Bed 1', 'bed', otherSiteId);

    const renamed = await reception.patch(`/api/housing-units/${bed}`, { label: 'Bed 1 (window)' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.label).toBe('Bed 1 (window)');
  });

  it('refuses bad input with translated field errors and writes nothing', async () => {
    const before = { units: await count('housing_units'), audits: await audits() };
    const bad = await reception.post(`/api/sites/${siteId}/units`, { label: ' ', kind: 'sofa', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      label: 'Required.',
      kind: 'Choose one of the offered options.',
      colour: 'This field is not allowed.',
    });
    expect((await reception.post(`/api/sites/${siteId}/units`, { label: 'x'.repeat(101) })).status).toBe(400);
    expect((await reception.post('/api/sites/not-a-uuid/units', { label: 'B' })).status).toBe(400);
    expect(await count('housing_units')).toBe(before.units);
    expect(await audits()).toBe(before.audits);
  });
});

describe('placements over time and across roles', () => {
  it('does not take a unit out of use while someone is placed there now or later', async () => {
    const i = await person('Ivo');
    const bed = await unit('Bed 10');
    const stay = (await place(i, bed, addDays(today, 3))).body;
    expect(stay.status).toBe('upcoming');
    const before = await audits();
    const refusedOff = await reception.patch(`/api/housing-units/${bed}`, { active: false });
    expect(refusedOff.status).toBe(409);
    expect(refusedOff.body.error.fields).toEqual({
      active: 'Someone is placed here now or later. End or move that placement first.',
    });
    expect(await audits()).toBe(before);
    // A booking that never started ends the day it began and holds nothing.
    await reception.post(`/api/placements/${stay.id}/end`, { endOn: addDays(today, 3), outcome: 'did_not_arrive' });
    const off = await reception.patch(`/api/housing-units/${bed}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const j = await person('Jan');
    expect((await refused(() => place(j, bed), 400)).body.error.fields).toEqual({
      unitId: 'This bed or room does not exist or is no longer in use.',
    });
  });

  it('moves a stay to another bed from a day, continuing it there', async () => {
    const k = await person('Kit');
    const [from, to] = [await unit('Bed 11'), await unit('Flat room', 'room', otherSiteId)];
    const stay = (await place(k, from, addDays(today, -4), addDays(today, 20))).body;
    const res = await reception.post(`/api/placements/${stay.id}/move`, { unitId: to, on: today });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.ended).toMatchObject({ id: stay.id, endOn: today, outcome: 'moved', status: 'ended' });
    expect(res.body.started).toMatchObject({
      clientId: k,
      unitId: to,
      siteId: otherSiteId,
      startOn: today,
      plannedEndOn: addDays(today, 20),
      movedFromId: stay.id,
      status: 'current',
    });
    // The old bed is free from the move day.
    expect((await place(await person('Lee'), from)).status).toBe(201);
    const same = await reception.post(`/api/placements/${res.body.started.id}/move`, { unitId: to, on: today });
    expect(same.status).toBe(400);
    expect(same.body.error.fields).toEqual({ unitId: 'The person is already in this bed or room.' });
    expect((await reception.post(`/api/placements/${stay.id}/move`, { unitId: from, on: today })).status).toBe(409);
  });

  it('lists a site by status with paging, and a person’s stays as an audited read', async () => {
    const m = await person('Mo');
    const bed = await unit('Bed 12');
    const past = (await place(m, bed, addDays(today, -30))).body;
    await reception.post(`/api/placements/${past.id}/end`, { endOn: addDays(today, -20), outcome: 'family' });
    const next = (await place(m, bed, addDays(today, 5))).body;
    const upcoming = await outreach.get(`/api/sites/${siteId}/placements?status=upcoming&pageSize=1`);
    expect(upcoming.status).toBe(200);
    expect(upcoming.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(upcoming.body.items).toHaveLength(1);
    const allUpcoming = (await outreach.get(`/api/sites/${siteId}/placements?status=upcoming`)).body;
    expect(allUpcoming.total).toBe(upcoming.body.total);
    expect(allUpcoming.items.map((p: { id: string }) => p.id)).toContain(next.id);
    const current = (await outreach.get(`/api/sites/${siteId}/placements`)).body.items;
    expect(current.every((p: { status: string }) => p.status === 'current')).toBe(true);
    expect(JSON.stringify(current)).not.toMatch(/code|identity/i);

    const before = await count('audit_events', `action = 'client.read' AND client_id = '${m}'`);
    const mine = await outreach.get(`/api/clients/${m}/placements`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([next.id, past.id]);
    expect(
      await count(
        'audit_events',
        `action = 'client.read' AND client_id = '${m}' AND entity_type = 'housing_placements'`,
      ),
    ).toBe(before + 1);
  });

  it('refuses roles without housing.manage, and hides another organisation’s records', async () => {
    const n = await person('Nia');
    const bed = await unit('Bed 13');
    const stay = (await place(n, bed)).body;
    for (const who of [outreach, volunteer, viewer]) {
      const res = await who.post('/api/placements', { clientId: n, unitId: bed, startOn: addDays(today, 100) });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect((await who.post(`/api/placements/${stay.id}/end`, { endOn: today, outcome: 'other' })).status).toBe(403);
      expect((await who.post(`/api/sites/${siteId}/units`, { label: 'Nope' })).status).toBe(403);
    }
    for (const who of [volunteer, viewer]) expect((await who.get(`/api/sites/${siteId}/units`)).status).toBe(403);

    expect((await otherOrg.get(`/api/sites/${siteId}/units`)).status).toBe(404);
    expect((await otherOrg.get(`/api/sites/${siteId}/placements`)).status).toBe(404);
    expect((await otherOrg.get(`/api/clients/${n}/placements`)).status).toBe(404);
    expect((await otherOrg.patch(`/api/housing-units/${bed}`, { active: false })).status).toBe(404);
    expect((await otherOrg.patch(`/api/placements/${stay.id}`, { plannedEndOn: null })).status).toBe(404);
    expect((await otherOrg.post(`/api/placements/${stay.id}/end`, { endOn: today, outcome: 'other' })).status).toBe(
      404,
    );
    const theirs = await otherOrg.post('/api/clients', { pseudonym: 'Theirs' });
    const intoOurs = await otherOrg.post('/api/placements', {
      clientId: theirs.body.id,
      unitId: bed,
      startOn: addDays(today, 50),
    });
    expect(intoOurs.status).toBe(400);
    expect(intoOurs.body.error.fields).toHaveProperty('unitId');
    const ours = await reception.get(`/api/clients/${n}/placements`);
    expect(ours.body.items[0]).toMatchObject({ id: stay.id, endOn: null });
  });

  it('refuses, without a 500, to merge two people who are both placed on the same days', async () => {
    const [kept, dup] = [await person('Olek'), await person('Olek 2')];
    expect((await place(kept, await unit('Bed 14'))).status).toBe(201);
    expect((await place(dup, await unit('Bed 15'))).status).toBe(201);
    const merge = await coordinator.post(`/api/clients/${kept}/merge`, { duplicateId: dup });
    expect(merge.status).toBe(409);
    expect(merge.body.error.fields).toEqual({ clientId: 'This person already has a placement on some of these days.' });
    expect((await coordinator.get(`/api/clients/${dup}`)).body.status).not.toBe('merged');
    // Once the duplicate's stay is over before the kept one's, the merge moves it to the kept person.
    const dupStay = (await reception.get(`/api/clients/${dup}/placements`)).body.items[0];
    await reception.post(`/api/placements/${dupStay.id}/end`, { endOn: today, outcome: 'other' });
    expect((await coordinator.post(`/api/clients/${kept}/merge`, { duplicateId: dup })).status).toBe(201);
    const stays = (await reception.get(`/api/clients/${kept}/placements`)).body.items;
    expect(stays.map((p: { id: string }) => p.id)).toContain(dupStay.id);
  });
});
