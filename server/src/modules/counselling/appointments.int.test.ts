import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * Appointments and the rule that matters most here: notes of a discipline are
 * readable only by counsellors of that discipline — not by counsellors of
 * another, not by coordinators or admins, not through the calendar, a person's
 * page, the audit viewer or search. Each of these is asked below.
 */
let t: TestApp;
let psychologist: TestUser;
let psych: ApiClient;
let medic: ApiClient;
let coordinator: ApiClient;
let coordinatorWithDiscipline: ApiClient;
let admin: ApiClient;
let outreach: ApiClient;
let reception: ApiClient;
let peer: ApiClient;
let otherOrg: ApiClient;
let site: string;
let person: string;

const secret = 'Talked about the night of the assault; nightmares since; wants to see the police liaison.';

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Counselling org');
  psychologist = await t.user(org, ['counsellor'], { disciplines: ['psychological'] });
  psych = await t.as(psychologist);
  medic = await t.as(await t.user(org, ['counsellor'], { disciplines: ['medical'] }));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  coordinatorWithDiscipline = await t.as(
    await t.user(org, ['coordinator', 'admin'], { disciplines: ['psychological'] }),
  );
  admin = await t.as(await t.user(org, ['admin']));
  outreach = await t.as(await t.user(org, ['outreach']));
  reception = await t.as(await t.user(org, ['reception']));
  peer = await t.as(await t.user(org, ['peer']));
  site = (await admin.post('/api/sites', { name: 'Drop-in', type: 'drop_in_centre' })).body.id;
  person = (await coordinator.post('/api/clients', { pseudonym: 'Kasia' })).body.id;
  const other = await t.organisation('Other org');
  otherOrg = await t.as(await t.user(other, ['counsellor', 'coordinator'], { disciplines: ['psychological'] }));
});
afterAll(() => t.close());

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function schedule(by: ApiClient = reception, body: Record<string, unknown> = {}) {
  const res = await by.post('/api/appointments', {
    clientId: person,
    counsellorId: psychologist.id,
    discipline: 'psychological',
    startsAt: tomorrow(),
    siteId: site,
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('appointments', () => {
  it('seals the notes and opens them only for counsellors of the discipline', async () => {
    const id = await schedule();
    expect((await psych.post(`/api/appointments/${id}/status`, { status: 'done' })).status).toBe(200);
    const written = await psych.put(`/api/appointments/${id}/notes`, { notes: secret });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ notes: secret, notesReadable: true, hasNotes: true });

    // Sealed at rest.
    const { rows } = await t.db.ownerPool.query('SELECT notes_enc FROM appointments WHERE id = $1', [id]);
    expect(rows[0].notes_enc).not.toContain('assault');

    // Another discipline, a coordinator, an admin, a coordinator+admin with the discipline on their profile:
    // the appointment, never its notes; and none of them may write them.
    for (const reader of [medic, coordinator, admin, coordinatorWithDiscipline, reception, outreach]) {
      const seen = await reader.get(`/api/appointments/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ notes: null, notesReadable: false, hasNotes: true, notesAt: null });
      expect(JSON.stringify(seen.body)).not.toContain('assault');
    }
    for (const writer of [medic, coordinator, coordinatorWithDiscipline]) {
      const res = await writer.put(`/api/appointments/${id}/notes`, { notes: 'overwritten' });
      expect(res.status).toBe(403);
    }
    expect((await psych.get(`/api/appointments/${id}`)).body.notes).toBe(secret);

    // Not through the calendar, the person's page, the audit viewer or search.
    const calendar = await coordinator.get(`/api/appointments?from=${day(-1)}&to=${day(2)}`);
    expect(calendar.body.items.map((a: { id: string }) => a.id)).toContain(id);
    const page = await coordinator.get(`/api/clients/${person}/appointments`);
    const audit = await admin.get('/api/audit?pageSize=200');
    expect(audit.status).toBe(200);
    const search = await coordinator.get('/api/clients?q=assault');
    for (const res of [calendar, page, audit, search]) expect(JSON.stringify(res.body)).not.toContain('assault');
    expect(search.body.items ?? []).toHaveLength(0);
    // The audit trail says notes were written and read, by whom — not what they say.
    const events = await t.db.ownerPool.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY at`, [id]);
    expect(events.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['appointment.scheduled', 'appointment.done', 'appointment.notes_written', 'client.read']),
    );
  });

  it('schedules only with a counsellor of the discipline, at an active site or in outreach', async () => {
    const refused = async (body: Record<string, unknown>, field: string) => {
      const res = await reception.post('/api/appointments', {
        clientId: person,
        counsellorId: psychologist.id,
        discipline: 'psychological',
        startsAt: tomorrow(),
        siteId: site,
        ...body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
    };
    const before = (await t.db.ownerPool.query('SELECT count(*)::int AS n FROM appointments')).rows[0].n;
    await refused({ discipline: 'medical' }, 'counsellorId');
    await refused({ counsellorId: (await coordinator.get('/api/me')).body.id }, 'counsellorId');
    await refused({ place: 'outreach' }, 'siteId');
    await refused({ siteId: null }, 'siteId');
    await refused({ durationMinutes: 1 }, 'durationMinutes');
    await refused({ startsAt: 'tomorrow' }, 'startsAt');
    await refused({ clientId: '01890000-0000-7000-8000-000000000000' }, 'clientId');
    expect((await t.db.ownerPool.query('SELECT count(*)::int AS n FROM appointments')).rows[0].n).toBe(before);
    expect(
      (
        await reception.post('/api/appointments', {
          clientId: person,
          counsellorId: psychologist.id,
          discipline: 'psychological',
          startsAt: tomorrow(),
          place: 'outreach',
        })
      ).status,
    ).toBe(201);
  });

  it('moves only scheduled appointments; closed ones stay closed; done opens the counselling episode', async () => {
    const id = await schedule();
    const moved = await reception.patch(`/api/appointments/${id}`, { durationMinutes: 30, place: 'outreach' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ durationMinutes: 30, place: 'outreach', siteId: null });
    expect((await reception.post(`/api/appointments/${id}/status`, { status: 'no_show' })).status).toBe(200);
    expect((await reception.post(`/api/appointments/${id}/status`, { status: 'done' })).status).toBe(400);
    expect((await reception.patch(`/api/appointments/${id}`, { durationMinutes: 45 })).status).toBe(400);
    const done = await schedule();
    await psych.post(`/api/appointments/${done}/status`, { status: 'done' });
    const episodes = await t.db.ownerPool.query(
      `SELECT count(*)::int AS n FROM enrollments WHERE client_id = $1 AND programme = 'counselling'`,
      [person],
    );
    expect(episodes.rows[0].n).toBe(1);
    const cancelled = await schedule();
    await reception.post(`/api/appointments/${cancelled}/status`, { status: 'cancelled' });
    expect((await psych.put(`/api/appointments/${cancelled}/notes`, { notes: 'x' })).status).toBe(400);
  });

  it('lists a counsellor’s or a site’s calendar within a bounded span', async () => {
    const id = await schedule();
    const mine = await psych.get(`/api/appointments?from=${day()}&to=${day(2)}&counsellorId=${psychologist.id}`);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(id);
    const atSite = await reception.get(`/api/appointments?from=${day()}&to=${day(2)}&siteId=${site}`);
    expect(atSite.body.items.every((a: { siteId: string }) => a.siteId === site)).toBe(true);
    expect((await psych.get(`/api/appointments?from=${day(2)}&to=${day()}`)).status).toBe(400);
    expect((await psych.get(`/api/appointments?from=${day()}&to=${day(100)}`)).status).toBe(400);
  });

  it('lets outreach read the calendar but not schedule; refuses peers; another organisation sees nothing', async () => {
    expect((await outreach.get(`/api/appointments?from=${day()}&to=${day(1)}`)).status).toBe(200);
    expect((await outreach.post('/api/appointments', {})).status).toBe(403);
    expect((await peer.get(`/api/appointments?from=${day()}&to=${day(1)}`)).status).toBe(403);
    const id = await schedule();
    expect((await otherOrg.get(`/api/appointments/${id}`)).status).toBe(404);
    expect((await otherOrg.put(`/api/appointments/${id}/notes`, { notes: 'x' })).status).toBe(404);
    const theirs = await otherOrg.get(`/api/appointments?from=${day(-1)}&to=${day(2)}`);
    expect(theirs.body.items).toHaveLength(0);
  });
  it('counts appointments by discipline and status and the people seen, in the organisation’s days', async () => {
    const from = day(20);
    const starts = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
    const a = await schedule(reception, { startsAt: starts(20.1) });
    const b = await schedule(reception, { startsAt: starts(20.2) });
    await schedule(reception, { startsAt: starts(20.3) });
    await psych.post(`/api/appointments/${a}/status`, { status: 'done' });
    await psych.post(`/api/appointments/${b}/status`, { status: 'no_show' });
    const stats = (await coordinator.get(`/api/appointments/statistics?from=${from}&to=${day(21)}`)).body;
    expect(stats.items).toEqual(
      expect.arrayContaining([
        { discipline: 'psychological', status: 'done', count: 1 },
        { discipline: 'psychological', status: 'no_show', count: 1 },
        { discipline: 'psychological', status: 'scheduled', count: 1 },
      ]),
    );
    expect(stats.peopleSeen).toBe(1);
  });
});
