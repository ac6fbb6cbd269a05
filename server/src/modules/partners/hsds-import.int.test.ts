import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { hsdsExample, validatePage } from '../../../test/hsds';

/**
 * Importing HSDS 3.0: the specification's own examples go in cleanly (what the
 * directory cannot hold is reported, not failed on), ids are kept so the next
 * export names the records the same, a second import updates rather than
 * duplicates, and what cannot be taken is refused with the reason.
 */
let t: TestApp;
let coordinator: ApiClient;
let outreach: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Import org');
  coordinator = await t.as(await t.user(org, ['coordinator']));
  outreach = await t.as(await t.user(org, ['outreach']));
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('HSDS import', () => {
  it('takes the specification’s organization example with its places and services, under their own ids', async () => {
    const doc = hsdsExample('organization_full') as { id: string; services: { id: string }[] };
    const res = await coordinator.post('/api/hsds/import', doc);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.refused).toEqual([]);
    expect(res.body.created).toMatchObject({ organizations: 1, services: 1 });
    expect(res.body.created.locations).toBeGreaterThanOrEqual(1);
    // What did not fit is said, with a translated reason (the example's phone number is quoted, its latitude 100).
    expect(res.body.notes.length).toBeGreaterThan(0);
    for (const note of res.body.notes) expect(note.message).not.toMatch(/^hsdsImport\./);
    const partner = await outreach.get(`/api/partners/${doc.id}`);
    expect(partner.status).toBe(200);
    expect(partner.body.services.map((s: { id: string }) => s.id)).toEqual([doc.services[0]!.id]);
    // Its foreign taxonomy term is not Kontakt's: the service is listed under Other.
    expect(partner.body.services[0].serviceTypes).toEqual(['other']);
    // Exported again under the same ids, and valid HSDS.
    const exported = (await coordinator.get('/api/hsds/services?per_page=200')).body;
    expect(validatePage('service', exported, { full: true })).toEqual([]);
    expect(exported.contents.map((s: { id: string }) => s.id)).toContain(doc.services[0]!.id);

    // A second import of the same document updates; nothing is duplicated.
    const before = await Promise.all(['partners', 'partner_locations', 'partner_services'].map(count));
    const again = await coordinator.post('/api/hsds/import', doc);
    expect(again.body.created).toEqual({ organizations: 0, locations: 0, services: 0, service_at_locations: 0 });
    expect(again.body.updated.organizations).toBe(1);
    expect(await Promise.all(['partners', 'partner_locations', 'partner_services'].map(count))).toEqual(before);
  });

  it('takes the service and service_at_location examples once their organization is known', async () => {
    const service = hsdsExample('service_full') as { id: string; organization: { id: string } };
    const res = await coordinator.post('/api/hsds/import', service);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.refused).toEqual([]);
    expect((await outreach.get(`/api/partners/${service.organization.id}`)).status).toBe(200);
    const pair = hsdsExample('service_at_location_full');
    const paired = await coordinator.post('/api/hsds/import', pair);
    expect(paired.status, JSON.stringify(paired.body)).toBe(200);
    expect(paired.body.refused).toEqual([]);
  });

  it('refuses what it cannot take, says why, and keeps the rest of the document', async () => {
    const good = { id: '0b9c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f', name: 'Good partner', description: '' };
    const res = await coordinator.post('/api/hsds/import', {
      contents: [
        good,
        { id: 'not-a-uuid', name: 'Bad id', description: '' },
        { id: '1b9c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f', description: 'no name' },
        {
          id: '2b9c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f',
          name: 'Orphan service',
          status: 'active',
          organization_id: '3b9c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f',
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.created.organizations).toBe(1);
    expect(res.body.refused.map((r: { path: string; reason: string }) => [r.path, r.reason])).toEqual([
      ['contents[1]', 'not_uuid'],
      ['contents[2]', 'no_name'],
      ['contents[3]', 'no_organization'],
    ]);
    for (const r of res.body.refused) expect(r.message.length).toBeGreaterThan(10);
    expect((await outreach.get(`/api/partners/${good.id}`)).body.name).toBe('Good partner');
  });

  it('lets only coordinators and admins import, and refuses a body that is no document', async () => {
    expect(
      (await outreach.post('/api/hsds/import', { id: crypto.randomUUID(), name: 'X', description: '' })).status,
    ).toBe(403);
    const before = await count('partners');
    for (const body of [42, [1, 2], null]) {
      const res = await coordinator.post('/api/hsds/import', body as never);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect(await count('partners')).toBe(before);
  });
});
