import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { addDays, audits, count, person, place, refused, startHousingKit, today, unit } from './test-kit';

let t: TestApp;
let org: string;
let coordinator: ApiClient;
let reception: ApiClient;
let siteId: string;

beforeAll(async () => {
  ({ t, org, coordinator, reception, siteId } = await startHousingKit());
});
afterAll(() => t.close());

describe('placements', () => {
  it('places a person into a bed and shows them on the bed board, by pseudonym only', async () => {
    const ola = await person('Ola');
    const bed = await unit('Bed 2');
    const res = await place(ola, bed, today, addDays(today, 14));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      clientId: ola,
      pseudonym: 'Ola',
      siteId,
      siteName: 'Night shelter',
      unitId: bed,
      unitLabel: 'Bed 2',
      startOn: today,
      plannedEndOn: addDays(today, 14),
      endOn: null,
      outcome: null,
      status: 'current',
      movedFromId: null,
    });
    const board = (await reception.get(`/api/sites/${siteId}/units`)).body.items;
    expect(board.find((u: { id: string }) => u.id === bed).current).toEqual({
      placementId: res.body.id,
      clientId: ola,
      pseudonym: 'Ola',
      startOn: today,
      plannedEndOn: addDays(today, 14),
    });
    // The stay is work with the person in the housing programme.
    const episodes = (await coordinator.get(`/api/clients/${ola}/enrollments`)).body.items;
    expect(episodes.map((e: { programme: string }) => e.programme)).toContain('housing');
    const audit = await t.db.ownerPool.query(
      "SELECT client_id, details FROM audit_events WHERE action = 'placement.created' AND entity_id = $1",
      [res.body.id],
    );
    expect(audit.rows[0]).toEqual({ client_id: ola, details: { siteId, unitId: bed, fromWaitingList: false } });
  });

  it('never gives a bed twice for the same days, and never puts a person in two places', async () => {
    const [a, b] = [await person('Ana'), await person('Bea')];
    const [bed1, bed2] = [await unit('Bed 3'), await unit('Bed 4')];
    expect((await place(a, bed1, addDays(today, -3))).status).toBe(201);

    const taken = await refused(() => place(b, bed1, addDays(today, 10)), 409);
    expect(taken.body.error).toMatchObject({
      code: 'conflict',
      fields: { unitId: 'This bed or room is already taken on some of these days.' },
    });
    const twice = await refused(() => place(a, bed2, addDays(today, 5)), 409);
    expect(twice.body.error.fields).toEqual({ clientId: 'This person already has a placement on some of these days.' });
  });

  it('answers in the user’s language', async () => {
    const pl = await t.as(await t.user(org, ['reception']));
    expect((await pl.patch('/api/me', { locale: 'pl' })).status).toBe(200);
    const [c, d] = [await person('Cyryl'), await person('Dorota')];
    const bed = await unit('Bed PL');
    expect((await place(c, bed)).status).toBe(201);
    const res = await pl.post('/api/placements', { clientId: d, unitId: bed, startOn: today });
    expect(res.status).toBe(409);
    expect(res.body.error.fields.unitId).toBe('To łóżko lub pokój jest już zajęte w niektóre z tych dni.');
  });

  it('lets exactly one of two simultaneous bookings of a bed through, never a 500', async () => {
    const [c, d] = [await person('Cara'), await person('Dan')];
    const bed = await unit('Bed 5');
    const results = await Promise.all([place(c, bed), place(d, bed)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.fields).toEqual({
      unitId: 'This bed or room is already taken on some of these days.',
    });
    expect(await count('housing_placements', `unit_id = '${bed}'`)).toBe(1);

    // And one person booked into two beds at the same moment: one stay.
    const e = await person('Eve');
    const [bedA, bedB] = [await unit('Bed 6'), await unit('Bed 7')];
    const twice = await Promise.all([place(e, bedA), place(e, bedB)]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await count('housing_placements', `client_id = '${e}'`)).toBe(1);
  });

  it('frees the bed from the end day, and keeps the ended stay as history', async () => {
    const [f, g] = [await person('Fox'), await person('Gil')];
    const bed = await unit('Bed 8');
    const stay = (await place(f, bed, addDays(today, -10))).body;
    const ended = await reception.post(`/api/placements/${stay.id}/end`, {
      endOn: addDays(today, -2),
      outcome: 'independent_housing',
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ endOn: addDays(today, -2), outcome: 'independent_housing', status: 'ended' });
    // The night before the end is still Fox's; the end day is free.
    expect((await refused(() => place(g, bed, addDays(today, -3)), 409)).body.error.fields).toHaveProperty('unitId');
    expect((await place(g, bed, addDays(today, -2))).status).toBe(201);
    // Ending twice, or ending as a move, is refused.
    expect(
      (await refused(() => reception.post(`/api/placements/${stay.id}/end`, { endOn: today, outcome: 'other' }), 409))
        .body.error.fields,
    ).toEqual({ id: 'This placement has already ended.' });
    const ended2 = (await reception.get(`/api/sites/${siteId}/placements?status=ended`)).body;
    expect(ended2.items.map((p: { id: string }) => p.id)).toContain(stay.id);
  });

  it('refuses bad dates, units and outcomes with translated errors and changes nothing', async () => {
    const h = await person('Hal');
    const bed = await unit('Bed 9');
    const early = await refused(() => place(h, bed, today, addDays(today, -1)), 400);
    expect(early.body.error.fields).toEqual({ plannedEndOn: 'The end cannot be earlier than the start.' });
    expect((await refused(() => place(h, bed, '0000-01-01'), 400)).body.error.fields).toEqual({
      startOn: 'Enter a valid date.',
    });
    expect((await refused(() => place(h, bed, '2026-02-30'), 400)).body.error.fields).toHaveProperty('startOn');
    const noUnit = await refused(() => place(h, '01890000-0000-7000-8000-000000000000'), 400);
    expect(noUnit.body.error.fields).toEqual({ unitId: 'This bed or room does not exist or is no longer in use.' });
    const noPerson = await refused(() => place('01890000-0000-7000-8000-000000000000', bed), 400);
    expect(noPerson.body.error.fields).toHaveProperty('clientId');
    const extra = await refused(
      () => reception.post('/api/placements', { clientId: h, unitId: bed, startOn: today, note: 'drinks' }),
      400,
    );
    expect(extra.body.error.fields).toEqual({ note: 'This field is not allowed.' });

    const stay = (await place(h, bed)).body;
    const before = await audits();
    const endEarly = await reception.post(`/api/placements/${stay.id}/end`, {
      endOn: addDays(today, -1),
      outcome: 'family',
    });
    expect(endEarly.status).toBe(400);
    expect(endEarly.body.error.fields).toEqual({ endOn: 'The end cannot be earlier than the start.' });
    const moved = await reception.post(`/api/placements/${stay.id}/end`, { endOn: today, outcome: 'moved' });
    expect(moved.body.error.fields).toEqual({ outcome: 'Choose one of the offered options.' });
    const noOutcome = await reception.post(`/api/placements/${stay.id}/end`, { endOn: today });
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.fields).toHaveProperty('outcome');
    const planned = await reception.patch(`/api/placements/${stay.id}`, { plannedEndOn: addDays(today, -5) });
    expect(planned.status).toBe(400);
    expect(await audits()).toBe(before);
    expect(
      (await reception.get(`/api/sites/${siteId}/placements`)).body.items.find((p: { id: string }) => p.id === stay.id),
    ).toMatchObject({ endOn: null, plannedEndOn: null });

    const ok = await reception.patch(`/api/placements/${stay.id}`, { plannedEndOn: addDays(today, 7) });
    expect(ok.status).toBe(200);
    expect(ok.body.plannedEndOn).toBe(addDays(today, 7));
  });
});
