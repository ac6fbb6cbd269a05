import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * The partner directory as staff keep and use it: partners with contact
 * persons and the agreed cooperation procedure, their places, their services by
 * type and target group with opening hours; found by what they offer.
 */
let t: TestApp;
let coordinator: ApiClient;
let outreach: ApiClient;
let reception: ApiClient;
let otherOrg: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Partners org');
  coordinator = await t.as(await t.user(org, ['coordinator']));
  outreach = await t.as(await t.user(org, ['outreach']));
  reception = await t.as(await t.user(org, ['reception']));
  otherOrg = await t.as(await t.user(await t.organisation('Other org'), ['coordinator']));
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

describe('the partner directory', () => {
  it('keeps a partner with its contact persons, places and services, and finds it by what it offers', async () => {
    const made = await coordinator.post('/api/partners', {
      name: 'Ośrodek Pomocy Społecznej Praga-Północ',
      alternateName: 'OPS Praga-Północ',
      phone: '+48 22 123 45 67',
      website: 'https://ops.example.pl',
      cooperationProcedure: 'Referral form by e-mail; the social worker calls back within two days.',
      contacts: [{ name: 'Maria Kowalska', title: 'Social worker', phone: '+48 600 100 200' }],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const place = await coordinator.post('/api/partner-locations', {
      partnerId: made.body.id,
      name: 'Main office',
      address: 'ul. Jagiellońska 56',
      city: 'Warszawa',
      postalCode: '03-468',
      country: 'PL',
    });
    expect(place.status, JSON.stringify(place.body)).toBe(201);
    const service = await coordinator.post('/api/partner-services', {
      partnerId: made.body.id,
      name: 'Social assistance for people experiencing homelessness',
      serviceTypes: ['social_assistance', 'documents'],
      targetGroups: ['people_experiencing_homelessness'],
      hours: [
        { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '16:00', note: 'Thursdays until 18:00' },
      ],
      locationIds: [place.body.id],
    });
    expect(service.status, JSON.stringify(service.body)).toBe(201);
    expect(service.body).toMatchObject({
      partnerName: 'Ośrodek Pomocy Społecznej Praga-Północ',
      locationIds: [place.body.id],
    });

    // Everyone who works with people reads it; the procedure is what they follow.
    const seen = await outreach.get(`/api/partners/${made.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      cooperationProcedure: expect.stringContaining('Referral form'),
      contacts: [{ name: 'Maria Kowalska', title: 'Social worker', email: null, phone: '+48 600 100 200' }],
      locations: [{ name: 'Main office', city: 'Warszawa', confidential: false }],
      services: [{ name: service.body.name, serviceTypes: ['social_assistance', 'documents'] }],
    });
    const byType = await reception.get('/api/partner-services?serviceType=documents');
    expect(byType.body.items.map((s: { id: string }) => s.id)).toEqual([service.body.id]);
    expect((await reception.get('/api/partner-services?serviceType=legal_aid')).body.items).toEqual([]);
    const byGroup = await outreach.get('/api/partners?targetGroup=people_experiencing_homelessness');
    expect(byGroup.body.items).toMatchObject([
      { id: made.body.id, services: 1, serviceTypes: ['documents', 'social_assistance'] },
    ]);
    expect((await outreach.get('/api/partners?q=praga')).body.total).toBe(1);
    expect((await outreach.get('/api/partners?q=100%25')).body.total).toBe(0);

    // A place no longer used, a service moved: the pair's id stays while it exists.
    const second = await coordinator.post('/api/partner-locations', { partnerId: made.body.id, name: 'Branch' });
    const moved = await coordinator.patch(`/api/partner-services/${service.body.id}`, {
      locationIds: [place.body.id, second.body.id],
    });
    expect(moved.body.locationIds).toEqual([place.body.id, second.body.id]);
    const pairs = await t.db.ownerPool.query(
      'SELECT id, location_id FROM partner_service_locations WHERE service_id = $1',
      [service.body.id],
    );
    const again = await coordinator.patch(`/api/partner-services/${service.body.id}`, { locationIds: [place.body.id] });
    expect(again.body.locationIds).toEqual([place.body.id]);
    const kept = await t.db.ownerPool.query('SELECT id FROM partner_service_locations WHERE service_id = $1', [
      service.body.id,
    ]);
    expect(kept.rows.map((r) => r.id)).toEqual(
      pairs.rows.filter((r) => r.location_id === place.body.id).map((r) => r.id),
    );

    // Stopping the cooperation hides the partner from the list and from the services to refer to.
    expect((await coordinator.patch(`/api/partners/${made.body.id}`, { active: false })).body.active).toBe(false);
    expect((await outreach.get('/api/partners')).body.items.map((p: { id: string }) => p.id)).not.toContain(
      made.body.id,
    );
    expect((await outreach.get('/api/partners?active=all')).body.items.map((p: { id: string }) => p.id)).toContain(
      made.body.id,
    );
    expect((await reception.get('/api/partner-services?serviceType=documents')).body.items).toEqual([]);
  });

  it('changes only what a PATCH names: a confidential place stays confidential, contacts stay', async () => {
    const partner = (
      await coordinator.post('/api/partners', { name: 'Shelter', contacts: [{ name: 'Dana', title: 'Director' }] })
    ).body.id;
    const place = (
      await coordinator.post('/api/partner-locations', {
        partnerId: partner,
        name: 'House',
        country: 'PL',
        latitude: 52.1,
        longitude: 21.1,
        confidential: true,
      })
    ).body.id;
    const renamed = await coordinator.patch(`/api/partner-locations/${place}`, { name: 'The house' });
    expect(renamed.body).toMatchObject({ name: 'The house', confidential: true, country: 'PL', latitude: 52.1 });
    const paused = await coordinator.patch(`/api/partners/${partner}`, { active: false });
    expect(paused.body).toMatchObject({ active: false, contacts: [{ name: 'Dana', title: 'Director' }] });
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const partner = (await coordinator.post('/api/partners', { name: 'Legal aid clinic' })).body.id;
    const other = (await otherOrg.post('/api/partners', { name: 'Elsewhere' })).body.id;
    const theirPlace = (await otherOrg.post('/api/partner-locations', { partnerId: other, name: 'Theirs' })).body.id;
    const before = await Promise.all(['partners', 'partner_locations', 'partner_services'].map(count));
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['/api/partners', 'post', { name: '' }, 'name'],
      ['/api/partners', 'post', { name: 'X', website: 'javascript:alert(1)' }, 'website'],
      ['/api/partners', 'post', { name: 'X', email: 'not-an-address' }, 'email'],
      ['/api/partners', 'post', { name: 'X', phone: 'call me' }, 'phone'],
      ['/api/partners', 'post', { name: 'X', contacts: [{ title: 'No name' }] }, 'contacts.0.name'],
      ['/api/partner-locations', 'post', { partnerId: partner, name: 'P', latitude: 91 }, 'latitude'],
      ['/api/partner-locations', 'post', { partnerId: partner, name: 'P', country: 'Poland' }, 'country'],
      ['/api/partner-locations', 'post', { partnerId: other, name: 'P' }, 'partnerId'],
      ['/api/partner-services', 'post', { partnerId: partner, name: 'S', serviceTypes: [] }, 'serviceTypes'],
      ['/api/partner-services', 'post', { partnerId: partner, name: 'S', serviceTypes: ['magic'] }, 'serviceTypes.0'],
      [
        '/api/partner-services',
        'post',
        { partnerId: partner, name: 'S', serviceTypes: ['legal_aid'], minimumAge: 30, maximumAge: 18 },
        'maximumAge',
      ],
      [
        '/api/partner-services',
        'post',
        {
          partnerId: partner,
          name: 'S',
          serviceTypes: ['legal_aid'],
          hours: [{ days: ['MO'], opensAt: '18:00', closesAt: '09:00' }],
        },
        'hours.0.closesAt',
      ],
      [
        '/api/partner-services',
        'post',
        { partnerId: partner, name: 'S', serviceTypes: ['legal_aid'], locationIds: [theirPlace] },
        'locationIds',
      ],
    ];
    for (const [url, method, body, field] of cases) {
      const res = method === 'post' ? await coordinator.post(url, body) : await coordinator.patch(url, body);
      expect(res.status, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
      expect(res.body.error.message).toBeTruthy();
    }
    expect(await Promise.all(['partners', 'partner_locations', 'partner_services'].map(count))).toEqual(before);
  });

  it('lets staff read and only coordinators and admins keep it; another organisation sees nothing', async () => {
    expect((await outreach.post('/api/partners', { name: 'Mine' })).status).toBe(403);
    expect((await reception.get('/api/partners')).status).toBe(200);
    const mine = (await coordinator.post('/api/partners', { name: 'Police liaison officer' })).body.id;
    expect((await otherOrg.get(`/api/partners/${mine}`)).status).toBe(404);
    expect((await otherOrg.patch(`/api/partners/${mine}`, { name: 'Taken' })).status).toBe(404);
    expect((await otherOrg.get('/api/partners?active=all')).body.items.map((p: { id: string }) => p.id)).not.toContain(
      mine,
    );
  });
});
