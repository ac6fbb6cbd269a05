import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

let t: TestApp;
let org: string;
let admin: ApiClient;
let coordinator: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation();
  admin = await t.as(await t.user(org, ['admin']));
  coordinator = await t.as(await t.user(org, ['coordinator']));
});
afterAll(() => t.close());

async function count(table: string): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

describe('sites', () => {
  it('creates, lists, edits and deactivates a site with type and capacity', async () => {
    const created = await admin.post('/api/sites', {
      name: 'Night shelter',
      type: 'night_shelter',
      capacityBeds: 24,
      address: 'ul. Przykładowa 1',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Night shelter',
      type: 'night_shelter',
      capacityBeds: 24,
      capacityPlaces: null,
      active: true,
    });
    const edited = await admin.patch(`/api/sites/${created.body.id}`, { capacityBeds: 30, active: false, address: '' });
    expect(edited.body).toMatchObject({ capacityBeds: 30, active: false, address: null });
    expect((await coordinator.get('/api/sites')).body.items.map((s: { id: string }) => s.id)).toContain(
      created.body.id,
    );
  });

  it('writes nothing on bad input', async () => {
    const before = await count('sites');
    for (const body of [
      { name: '', type: 'hostel' },
      { name: 'X', type: 'hostel', capacityBeds: -1 },
      { name: 'X', type: 'hostel', owner: 'me' },
    ]) {
      const res = await admin.post('/api/sites', body);
      expect(res.status).toBe(400);
    }
    expect(await count('sites')).toBe(before);
  });
});

describe('teams, areas and spots', () => {
  it('a coordinator builds a team and an area with spots', async () => {
    const worker = await t.user(org, ['outreach']);
    const team = await coordinator.post('/api/teams', { name: 'Street team', memberIds: [worker.id] });
    expect(team.status).toBe(201);
    expect(team.body.memberIds).toEqual([worker.id]);
    const user = await admin.get(`/api/users/${worker.id}`);
    expect(user.body.teamIds).toEqual([team.body.id]);
    const area = await coordinator.post('/api/areas', {
      name: 'Praga-Północ',
      description: 'Streets around the station',
    });
    const spot = await coordinator.post(`/api/areas/${area.body.id}/spots`, {
      name: 'Station',
      kind: 'station',
      latitude: 52.25,
      longitude: 21.05,
    });
    expect(spot.status).toBe(201);
    const moved = await coordinator.patch(`/api/spots/${spot.body.id}`, { kind: 'park', active: false });
    expect(moved.body).toMatchObject({ kind: 'park', active: false });
    const areas = await coordinator.get('/api/areas');
    const found = areas.body.items.find((a: { id: string }) => a.id === area.body.id);
    expect(found.spots).toHaveLength(1);
  });

  it('refuses a team member from another organisation and coordinates out of range', async () => {
    const stranger = await t.user(await t.organisation('Other'), ['outreach']);
    const res = await coordinator.post('/api/teams', { name: 'Mixed', memberIds: [stranger.id] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.memberIds).toBeDefined();
    const area = await coordinator.post('/api/areas', { name: 'Wola' });
    const bad = await coordinator.post(`/api/areas/${area.body.id}/spots`, {
      name: 'Nowhere',
      kind: 'street',
      latitude: 91,
      longitude: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.latitude).toBe('Must be at most 90.');
  });
});

describe('catalogues', () => {
  it('are seeded in four languages and editable by an admin only', async () => {
    const materials = (await coordinator.get('/api/catalogues/material')).body.items;
    const condom = materials.find((m: { key: string }) => m.key === 'condom');
    expect(condom.labels).toEqual(
      expect.objectContaining({
        pl: expect.any(String),
        cs: expect.any(String),
        en: expect.any(String),
        uk: expect.any(String),
      }),
    );
    expect(condom.unit).toBe('piece');
    const kinds = new Set((await coordinator.get('/api/catalogues')).body.items.map((i: { kind: string }) => i.kind));
    expect(kinds.size).toBe(9);

    expect((await coordinator.patch(`/api/catalogues/material/${condom.id}`, { active: false })).status).toBe(403);
    const renamed = await admin.patch(`/api/catalogues/material/${condom.id}`, {
      labels: { en: 'Condoms (external)' },
      sortOrder: 5,
    });
    expect(renamed.body.labels).toMatchObject({ en: 'Condoms (external)', pl: condom.labels.pl });
    const added = await admin.post('/api/catalogues/material', {
      key: 'dental_dam',
      labels: { en: 'Dental dam', pl: 'Chusteczka lateksowa' },
      unit: 'piece',
    });
    expect(added.status).toBe(201);
    const dup = await admin.post('/api/catalogues/material', {
      key: 'dental_dam',
      labels: { en: 'Again' },
      unit: 'piece',
    });
    expect(dup.body.error.fields.key).toBe('This key is already used in the catalogue.');
    const noUnit = await admin.post('/api/catalogues/material', { key: 'no_unit', labels: { en: 'No unit' } });
    expect(noUnit.body.error.fields.unit).toBe('Required.');
    const noLabel = await admin.post('/api/catalogues/topic', { key: 'empty', labels: {} });
    expect(noLabel.status).toBe(400);
  });
});

describe('organisation settings and users', () => {
  it('an admin changes settings; a coordinator reads them only', async () => {
    const res = await admin.patch('/api/organisation', {
      defaultLocale: 'pl',
      settings: { smallCountThreshold: 3, sessionIdleMinutes: 15 },
    });
    expect(res.body.settings).toMatchObject({ smallCountThreshold: 3, sessionIdleMinutes: 15, retentionYears: 5 });
    expect((await coordinator.patch('/api/organisation', { name: 'Mine' })).status).toBe(403);
    expect((await coordinator.get('/api/organisation')).body.defaultLocale).toBe('pl');
    const badZone = await admin.patch('/api/organisation', { timeZone: 'Mars/Olympus' });
    expect(badZone.status).toBe(400);
  });

  it('lists users with search, role filter and paging', async () => {
    for (let i = 0; i < 3; i++) await t.user(org, ['volunteer']);
    const page1 = await coordinator.get('/api/users?role=volunteer&pageSize=2&page=1');
    expect(page1.body.total).toBe(3);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await coordinator.get('/api/users?role=volunteer&pageSize=2&page=2');
    expect(page2.body.items).toHaveLength(1);
    const none = await coordinator.get('/api/users?q=%25nobody%25');
    expect(none.body.total).toBe(0);
    expect(JSON.stringify(page1.body)).not.toMatch(/hash|secret|argon/i);
  });

  it('changes roles and disciplines, and disabling a user ends their sessions', async () => {
    const u = await t.user(org, ['outreach']);
    const session = await t.as(u);
    const res = await admin.patch(`/api/users/${u.id}`, { roles: ['counsellor'], disciplines: ['medical', 'social'] });
    expect(res.body).toMatchObject({ roles: ['counsellor'], disciplines: ['medical', 'social'] });
    expect((await session.get('/api/me/sessions')).status).toBe(401);
    const again = await t.as(u);
    await admin.patch(`/api/users/${u.id}`, { status: 'disabled' });
    expect((await again.get('/api/me/sessions')).status).toBe(401);
    const reset = await admin.post(`/api/users/${u.id}/reset-password`);
    expect(reset.body.user.mustChangePassword).toBe(true);
  });
});
