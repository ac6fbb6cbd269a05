import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * A partner's system reads the HSDS export with a key of its own: only the HSDS
 * reads, only its organisation's directory, until an admin revokes it.
 */
let t: TestApp;
let admin: ApiClient;
let coordinator: ApiClient;
let otherAdmin: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Keys org');
  admin = await t.as(await t.user(org, ['admin']));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  const partner = (await coordinator.post('/api/partners', { name: 'Our clinic' })).body.id;
  await coordinator.post('/api/partner-services', {
    partnerId: partner,
    name: 'Testing',
    serviceTypes: ['health_care'],
  });
  const other = await t.organisation('Other org');
  otherAdmin = await t.as(await t.user(other, ['admin']));
  const theirs = await t.as(await t.user(other, ['coordinator']));
  const theirPartner = (await theirs.post('/api/partners', { name: 'Their clinic' })).body.id;
  await theirs.post('/api/partner-services', {
    partnerId: theirPartner,
    name: 'Theirs',
    serviceTypes: ['health_care'],
  });
});
afterAll(() => t.close());

const withKey = (token: string, path: string, method: 'GET' | 'POST' = 'GET') =>
  t.app.inject({
    method,
    url: path,
    headers: { authorization: `Bearer ${token}` },
    ...(method === 'POST' ? { payload: {} } : {}),
  });

describe('directory keys', () => {
  it('read the HSDS export of their own organisation only, and nothing else', async () => {
    const made = await admin.post('/api/directory-keys', { name: 'City directory' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { token } = made.body;
    expect(token).toMatch(/^kontakt_/);
    // Shown once: the list never holds it, and the database keeps only its hash.
    const listed = await admin.get('/api/directory-keys');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(JSON.stringify((await t.db.ownerPool.query('SELECT * FROM api_keys')).rows)).not.toContain(token);

    const page = await withKey(token, '/api/hsds/services');
    expect(page.statusCode).toBe(200);
    expect(page.json().contents.map((s: { name: string }) => s.name)).toEqual(['Testing']);
    expect(
      (await withKey(token, '/api/hsds/organizations')).json().contents.map((o: { name: string }) => o.name),
    ).toEqual(['Our clinic']);
    // Not the staff API, not a write, not another scope.
    for (const path of ['/api/partners', '/api/clients', '/api/me/sessions', '/api/directory-keys'])
      expect((await withKey(token, path)).statusCode, path).toBe(401);
    expect((await withKey(token, '/api/hsds/import', 'POST')).statusCode).toBe(401);
    expect((await withKey('kontakt_made-up', '/api/hsds/services')).statusCode).toBe(401);
    const used = (await admin.get('/api/directory-keys')).body.items[0];
    expect(used.lastUsedAt).not.toBeNull();

    // Revoked: refused at once; another organisation's admin cannot revoke it.
    expect((await otherAdmin.post(`/api/directory-keys/${made.body.id}/revoke`)).status).toBe(404);
    expect((await admin.post(`/api/directory-keys/${made.body.id}/revoke`)).body.revokedAt).not.toBeNull();
    expect((await withKey(token, '/api/hsds/services')).statusCode).toBe(401);
  });

  it('are made and revoked by admins only, with a name', async () => {
    expect((await coordinator.post('/api/directory-keys', { name: 'Mine' })).status).toBe(403);
    expect((await admin.post('/api/directory-keys', { name: '' })).status).toBe(400);
    expect((await admin.post('/api/directory-keys', { name: 'X', scope: 'everything' })).status).toBe(400);
  });
});
