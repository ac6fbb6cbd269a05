import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/** Reception: check-in, services, check-out, the day sheet and occupancy — the rules and who may. */
let t: TestApp;
let org: string;
let reception: ApiClient;
let outreach: ApiClient;
let peer: ApiClient;
let viewer: ApiClient;
let otherOrg: ApiClient;
let dayCentre: string;
let nightShelter: string;
let shower: string;
let laundry: string;
let material: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Drop-in org');
  reception = await t.as(await t.user(org, ['reception']));
  outreach = await t.as(await t.user(org, ['outreach']));
  peer = await t.as(await t.user(org, ['peer']));
  viewer = await t.as(await t.user(org, ['viewer']));
  const admin = await t.as(await t.user(org, ['admin']));
  dayCentre = (await admin.post('/api/sites', { name: 'Day centre', type: 'day_centre', capacityPlaces: 2 })).body.id;
  nightShelter = (await admin.post('/api/sites', { name: 'Night shelter', type: 'night_shelter', capacityBeds: 20 }))
    .body.id;
  const services = (await admin.get('/api/catalogues/service')).body.items as { id: string; key: string }[];
  shower = services.find((s) => s.key === 'shower')?.id ?? '';
  laundry = services.find((s) => s.key === 'laundry')?.id ?? '';
  material = (await admin.get('/api/catalogues/material')).body.items[0].id;
  const other = await t.organisation('Other org');
  otherOrg = await t.as(await t.user(other, ['reception', 'admin']));
});
afterAll(() => t.close());

async function count(table: string, where: string, params: unknown[] = []): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n;
}
const person = async (pseudonym: string) => (await reception.post('/api/clients', { pseudonym })).body.id as string;
const sheet = async (siteId: string) => (await reception.get(`/api/visits/day-sheet?siteId=${siteId}`)).body;
const presentAt = async (siteId: string) =>
  (await reception.get('/api/visits/occupancy')).body.items.find((s: { siteId: string }) => s.siteId === siteId)
    .present as number;

describe('visits', () => {
  it('checks a person in with services, adds more, checks out; the day sheet and occupancy follow', async () => {
    const ola = await person('Ola');
    const before = await presentAt(dayCentre);
    const checked = await reception.post('/api/visits', {
      siteId: dayCentre,
      clientId: ola,
      services: [{ serviceId: shower }],
    });
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    expect(checked.body).toMatchObject({ siteId: dayCentre, clientId: ola, pseudonym: 'Ola', checkedOutAt: null });
    expect(checked.body.services).toMatchObject([{ serviceId: shower, quantity: 1 }]);
    expect(await presentAt(dayCentre)).toBe(before + 1);

    const more = await reception.post(`/api/visits/${checked.body.id}/services`, {
      services: [{ serviceId: laundry, quantity: 2 }],
    });
    expect(more.status).toBe(200);
    expect(more.body.services.map((s: { serviceId: string }) => s.serviceId)).toEqual([shower, laundry]);

    const day = await sheet(dayCentre);
    expect(day.items.map((v: { id: string }) => v.id)).toContain(checked.body.id);
    expect(day.totals.services).toEqual(
      expect.arrayContaining([
        { serviceId: shower, quantity: 1 },
        { serviceId: laundry, quantity: 2 },
      ]),
    );
    // Opening the day sheet is a read of each person on it.
    expect(
      await count('audit_events', `action = 'client.read' AND client_id = $1 AND entity_type = 'day_sheet'`, [ola]),
    ).toBe(1);

    const out = await reception.post(`/api/visits/${checked.body.id}/check-out`);
    expect(out.status).toBe(200);
    expect(out.body.checkedOutAt).not.toBeNull();
    expect(await presentAt(dayCentre)).toBe(before);
    // A second tap (or an offline replay) changes nothing.
    const again = await reception.post(`/api/visits/${checked.body.id}/check-out`);
    expect(again.body.checkedOutAt).toBe(out.body.checkedOutAt);
    const late = await reception.post(`/api/visits/${checked.body.id}/services`, { services: [{ serviceId: shower }] });
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toEqual({ services: expect.any(String) });
    // Each service row carries its visit's day and site (the statistics sum them by day), and those never change.
    expect(
      await count(
        'visit_services s JOIN visits v ON v.id = s.visit_id',
        's.visit_id = $1 AND s.visit_on = v.visit_on AND s.site_id = v.site_id',
        [checked.body.id],
      ),
    ).toBe(2);
    await expect(
      t.db.ownerPool.query(`UPDATE visits SET visit_on = visit_on - 1 WHERE id = $1`, [checked.body.id]),
    ).rejects.toThrow(/do not change/);
    // The visit opened the person's drop-in episode.
    expect(await count('enrollments', `client_id = $1 AND programme = 'drop_in' AND exit_on IS NULL`, [ola])).toBe(1);
  });

  it('keeps a person in one place: a second check-in here is refused, one elsewhere checks them out here', async () => {
    const marek = await person('Marek');
    const first = await reception.post('/api/visits', { siteId: nightShelter, clientId: marek });
    expect(first.status).toBe(201);
    const twice = await reception.post('/api/visits', { siteId: nightShelter, clientId: marek });
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields).toEqual({ clientId: 'This person is already checked in here.' });
    const moved = await reception.post('/api/visits', { siteId: dayCentre, clientId: marek });
    expect(moved.status).toBe(201);
    const left = (await sheet(nightShelter)).items.find((v: { id: string }) => v.id === first.body.id);
    expect(left.checkedOutAt).not.toBeNull();
    expect(await count('visits', 'client_id = $1 AND checked_out_at IS NULL', [marek])).toBe(1);
  });

  it('checks one person in once when two desks tap at the same moment', async () => {
    // Several times over: the second desk must wait for the first and then see its visit.
    for (const name of ['Jana', 'Jana B', 'Jana C', 'Jana D', 'Jana E']) {
      const jana = await person(name);
      const [a, b] = await Promise.all([
        reception.post('/api/visits', { siteId: dayCentre, clientId: jana }),
        reception.post('/api/visits', { siteId: dayCentre, clientId: jana }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect(await count('visits', 'client_id = $1', [jana])).toBe(1);
    }
  });

  it('counts an anonymous head count by its size and records an offline check-in once', async () => {
    const before = await presentAt(nightShelter);
    const id = uuidv7();
    const body = { id, siteId: nightShelter, headCount: 3, checkedInAt: new Date(Date.now() - 60_000).toISOString() };
    const first = await reception.post('/api/visits', body);
    expect(first.status).toBe(201);
    const replay = await reception.post('/api/visits', body);
    expect(replay.status).toBe(200);
    // The replay reads the stored visit; the first answer was built from what was written.
    expect(replay.body).toEqual(first.body);
    expect(await count('visits', 'id = $1', [id])).toBe(1);
    // Another user sending the same id does not get someone else's visit.
    const colleague = await t.as(await t.user(org, ['reception']));
    const claimed = await colleague.post('/api/visits', body);
    expect(claimed.status).toBe(400);
    expect(Object.keys(claimed.body.error.fields)).toEqual(['id']);
    expect(await presentAt(nightShelter)).toBe(before + 3);
    expect((await sheet(nightShelter)).totals.anonymous).toBeGreaterThanOrEqual(3);
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const ola = await person('Ola B');
    const before = await count('visits', 'true');
    const cases: [unknown, string][] = [
      [{ siteId: dayCentre, clientId: ola, headCount: 2 }, 'headCount'],
      [{ siteId: uuidv7() }, 'siteId'],
      [{ siteId: dayCentre, clientId: uuidv7() }, 'clientId'],
      [{ siteId: dayCentre, services: [{ serviceId: material }] }, 'services'],
      [{ siteId: dayCentre, services: [{ serviceId: shower, quantity: 0 }] }, 'services.0.quantity'],
      [{ siteId: dayCentre, unknown: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await reception.post('/api/visits', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await count('visits', 'true')).toBe(before);
  });

  it('lets reception record, outreach read, and refuses peers and viewers; another organisation sees nothing', async () => {
    expect((await outreach.get(`/api/visits/day-sheet?siteId=${dayCentre}`)).status).toBe(200);
    expect((await outreach.post('/api/visits', { siteId: dayCentre, headCount: 1 })).status).toBe(403);
    expect((await peer.get('/api/visits/occupancy')).status).toBe(403);
    expect((await viewer.post('/api/visits', { siteId: dayCentre, headCount: 1 })).status).toBe(403);
    const visit = (await reception.post('/api/visits', { siteId: dayCentre, headCount: 1 })).body;
    expect((await otherOrg.get(`/api/visits/day-sheet?siteId=${dayCentre}`)).status).toBe(404);
    expect((await otherOrg.post(`/api/visits/${visit.id}/check-out`)).status).toBe(404);
    expect((await otherOrg.post('/api/visits', { siteId: dayCentre, headCount: 1 })).status).toBe(400);
    const theirs = (await otherOrg.get('/api/visits/occupancy')).body.items.map((s: { siteId: string }) => s.siteId);
    expect(theirs).not.toContain(dayCentre);
  });

  it('lists a person’s visits on their page, as a read of the person', async () => {
    const eva = await person('Eva');
    const checked = await reception.post('/api/visits', {
      siteId: dayCentre,
      clientId: eva,
      services: [{ serviceId: shower }, { serviceId: laundry, quantity: 2 }],
    });
    const list = await outreach.get(`/api/clients/${eva}/visits`);
    expect(list.status).toBe(200);
    // The check-in's answer is built from what it wrote: it must equal the stored visit.
    expect(list.body.items).toEqual([checked.body]);
    expect(
      await count('audit_events', `action = 'client.read' AND client_id = $1 AND entity_type = 'visits'`, [eva]),
    ).toBe(1);
  });
  it('counts a period: visits, distinct people, anonymous guests, services and occupancy per site', async () => {
    const admin = await t.as(await t.user(await t.organisation('Stats org'), ['admin', 'reception']));
    const small = (await admin.post('/api/sites', { name: 'Small', type: 'sanitary_point', capacityPlaces: 4 })).body
      .id;
    const services = (await admin.get('/api/catalogues/service')).body.items as { id: string; key: string }[];
    const wash = services.find((x) => x.key === 'shower')?.id ?? '';
    const a = (await admin.post('/api/clients', { pseudonym: 'A' })).body.id;
    const b = (await admin.post('/api/clients', { pseudonym: 'B' })).body.id;
    const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+01:00`;
    // Two days: A twice (once each day), B once, and a head count of 3.
    for (const [clientId, when] of [
      [a, at('2026-11-02', 9)],
      [b, at('2026-11-02', 10)],
      [a, at('2026-11-03', 9)],
    ] as const) {
      const v = (
        await admin.post('/api/visits', { siteId: small, clientId, checkedInAt: when, services: [{ serviceId: wash }] })
      ).body;
      await admin.post(`/api/visits/${v.id}/check-out`, {
        checkedOutAt: when.replace(/T(\d\d)/, (_, h) => `T${Number(h) + 1}`),
      });
    }
    await admin.post('/api/visits', { siteId: small, headCount: 3, checkedInAt: at('2026-11-03', 11) });
    const stats = (await admin.get(`/api/visits/statistics?from=2026-11-01&to=2026-11-30&siteId=${small}`)).body;
    expect(stats).toMatchObject({
      visits: 4,
      uniquePeople: 2,
      anonymous: 3,
      services: [{ serviceId: wash, quantity: 3 }],
    });
    // 6 people over 2 open days at 4 places: 0.75.
    expect(stats.sites).toEqual([{ siteId: small, people: 6, daysOpen: 2, capacity: 4, occupancyRate: 0.75 }]);
    expect((await admin.get('/api/visits/statistics?from=2026-11-30&to=2026-11-01')).status).toBe(400);
    expect((await admin.get('/api/visits/statistics?from=2024-01-01&to=2026-11-01')).status).toBe(400);
  });
});
