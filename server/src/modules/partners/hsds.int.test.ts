import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { everyKey, hsdsValidator, validatePage } from '../../../test/hsds';

/**
 * The directory as Open Referral HSDS 3.0: every page and document validates
 * against the standard's compiled schemas (test fixtures, CC BY-SA 4.0), ids
 * are the same in every export, a confidential place goes out without anything
 * that finds it, and no key of any document is about a person served.
 */
let t: TestApp;
let coordinator: ApiClient;
let viewer: ApiClient;
let outreach: ApiClient;
let otherOrg: ApiClient;
let clinic: string;
let shelter: string;
let testing: string;
let refuge: string;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Directory org');
  coordinator = await t.as(await t.user(org, ['coordinator']));
  viewer = await t.as(await t.user(org, ['viewer']));
  outreach = await t.as(await t.user(org, ['outreach']));
  otherOrg = await t.as(await t.user(await t.organisation('Other org'), ['coordinator']));
  // A person of the organisation, with a visit-like trace nowhere near the directory: must never appear.
  await coordinator.post('/api/clients', { pseudonym: 'Zosia from the station' });

  clinic = (
    await coordinator.post('/api/partners', {
      name: 'Szpital Zakaźny',
      description: 'Infectious-diseases hospital: HIV and HCV testing and treatment.',
      phone: '+48 22 335 52 01',
      website: 'https://example.org/szpital',
      cooperationProcedure: 'Call the nurse coordinator before bringing someone.',
      contacts: [{ name: 'Anna Nowak', title: 'Nurse coordinator', email: 'a.nowak@example.org' }],
    })
  ).body.id;
  const ward = (
    await coordinator.post('/api/partner-locations', {
      partnerId: clinic,
      name: 'Outpatient clinic',
      address: 'ul. Wolska 37',
      city: 'Warszawa',
      postalCode: '01-201',
      country: 'PL',
      latitude: 52.2297,
      longitude: 20.9544,
    })
  ).body.id;
  testing = (
    await coordinator.post('/api/partner-services', {
      partnerId: clinic,
      name: 'Anonymous HIV and HCV testing',
      serviceTypes: ['infectious_diseases', 'health_care'],
      targetGroups: ['sex_workers', 'people_who_use_drugs'],
      languages: ['pl', 'uk', 'en'],
      hours: [{ days: ['MO', 'WE', 'FR'], opensAt: '08:00', closesAt: '15:00' }],
      locationIds: [ward],
    })
  ).body.id;
  shelter = (await coordinator.post('/api/partners', { name: 'Dom dla Kobiet' })).body.id;
  refuge = (
    await coordinator.post('/api/partner-locations', {
      partnerId: shelter,
      name: 'Shelter for women',
      address: 'ul. Tajna 1',
      city: 'Warszawa',
      postalCode: '00-001',
      country: 'PL',
      latitude: 52.1,
      longitude: 21.1,
      confidential: true,
      transportation: 'Tram 9 to the last stop',
    })
  ).body.id;
  await coordinator.post('/api/partner-services', {
    partnerId: shelter,
    name: 'Crisis shelter',
    serviceTypes: ['shelter', 'crisis_intervention'],
    targetGroups: ['women_in_crisis'],
    locationIds: [refuge],
  });
});
afterAll(() => t.close());

const all = async (path: string, by: ApiClient = viewer) => {
  const res = await by.get(`/api/hsds/${path}?per_page=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('the HSDS 3.0 export', () => {
  it('validates against the standard’s schemas, page by page and document by document', async () => {
    const validator = hsdsValidator();
    for (const [path, kind] of [
      ['services', 'service'],
      ['organizations', 'organization'],
      ['service_at_locations', 'service_at_location'],
    ] as const) {
      const page = await all(path);
      expect(page.total_items, path).toBeGreaterThanOrEqual(2);
      expect(validatePage(kind, page, { full: true }), path).toEqual([]);
    }
    expect(validator.validate('service', (await viewer.get(`/api/hsds/services/${testing}`)).body)).toEqual([]);
    expect(validator.validate('organization', (await viewer.get(`/api/hsds/organizations/${clinic}`)).body)).toEqual(
      [],
    );
  });

  it('carries the service’s types and groups as terms of Kontakt’s taxonomy, and its hours as a weekly schedule', async () => {
    const service = (await viewer.get(`/api/hsds/services/${testing}`)).body;
    const terms = service.attributes.map((a: { taxonomy_term: { term_uri: string } }) => a.taxonomy_term.term_uri);
    expect(terms).toEqual([
      'urn:kontakt:taxonomy:service-type:infectious_diseases',
      'urn:kontakt:taxonomy:service-type:health_care',
      'urn:kontakt:taxonomy:target-group:sex_workers',
      'urn:kontakt:taxonomy:target-group:people_who_use_drugs',
    ]);
    expect(service.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '08:00:00', closes_at: '15:00:00' }),
    ]);
    expect(service.languages.map((l: { code: string }) => l.code)).toEqual(['pl', 'uk', 'en']);
    expect(service.service_at_locations[0].location.addresses[0]).toMatchObject({ city: 'Warszawa', country: 'PL' });
  });

  it('gives every record and nested item the same id in every export', async () => {
    const first = await all('services');
    const second = await all('services');
    expect(second).toEqual(first);
    // The same term has the same id in another organisation's export.
    const mine = first.contents.flatMap((s: { attributes: { taxonomy_term: { id: string; code: string } }[] }) =>
      s.attributes.map((a) => [a.taxonomy_term.code, a.taxonomy_term.id]),
    );
    const other = await otherOrg.post('/api/partners', { name: 'Other clinic' });
    await otherOrg.post('/api/partner-services', {
      partnerId: other.body.id,
      name: 'Testing',
      serviceTypes: ['infectious_diseases'],
    });
    const theirs = (await all('services', otherOrg)).contents[0].attributes[0].taxonomy_term;
    expect(mine).toContainEqual([theirs.code, theirs.id]);
  });

  it('shares a confidential place by its name only: no address, coordinates or directions', async () => {
    for (const page of [await all('service_at_locations'), await all('organizations'), await all('services')]) {
      const text = JSON.stringify(page);
      expect(text).toContain('Shelter for women');
      expect(text).not.toContain('Tajna');
      expect(text).not.toContain('52.1,');
      expect(text).not.toContain('Tram 9');
    }
    const pair = (await all('service_at_locations')).contents.find(
      (p: { location_id: string }) => p.location_id === refuge,
    );
    expect(Object.keys(pair.location).sort()).toEqual(['id', 'location_type', 'name', 'organization_id']);
    // Staff still see the address in the directory itself.
    const partner = (await outreach.get(`/api/partners/${shelter}`)).body;
    expect(partner.locations[0]).toMatchObject({ address: 'ul. Tajna 1', confidential: true });
  });

  it('holds no field about a person served, nor the internal cooperation procedure', async () => {
    const keys = new Set<string>();
    for (const path of ['services', 'organizations', 'service_at_locations'])
      for (const key of everyKey(await all(path))) keys.add(key.split('.').at(-1)!.replace('[]', ''));
    // Every key an export holds is a directory field of HSDS; a new one must be added here, after a look.
    const directoryFields = [
      ...['id', 'name', 'alternate_name', 'description', 'email', 'website', 'url', 'status', 'last_modified'],
      ...['organization', 'organization_id', 'phones', 'number', 'type', 'contacts', 'title', 'metadata'],
      ...['application_process', 'fees_description', 'eligibility_description', 'minimum_age', 'maximum_age'],
      ...['schedules', 'freq', 'wkst', 'byday', 'opens_at', 'closes_at', 'service_id', 'service_at_location_id'],
      ...['languages', 'code', 'attributes', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'],
      ...['taxonomy_term', 'taxonomy', 'taxonomy_id', 'language', 'term_uri', 'service_at_locations'],
      ...['location', 'location_id', 'locations', 'location_type', 'latitude', 'longitude', 'transportation'],
      ...['addresses', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
      ...['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    ];
    expect([...keys].filter((k) => !directoryFields.includes(k))).toEqual([]);
    const text = JSON.stringify([await all('services'), await all('organizations')]);
    expect(text).not.toContain('Zosia');
    expect(text).not.toContain('nurse coordinator before');
  });

  it('pages with the HSDS paging fields and answers what changed after a moment', async () => {
    const first = (await viewer.get('/api/hsds/services?per_page=1')).body;
    expect(first).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
    });
    const second = (await viewer.get('/api/hsds/services?per_page=1&page=2')).body;
    expect(second).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    expect(second.contents[0].id).not.toBe(first.contents[0].id);
    const beyond = (await viewer.get('/api/hsds/services?per_page=1&page=3')).body;
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });

    const now = new Date().toISOString();
    expect((await viewer.get(`/api/hsds/services?modified_after=${now}`)).body.total_items).toBe(0);
    await coordinator.patch(`/api/partner-services/${testing}`, { status: 'temporarily closed' });
    const changed = (await viewer.get(`/api/hsds/services?modified_after=${now}`)).body;
    expect(changed.contents.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [testing, 'temporarily closed'],
    ]);
  });

  it('refuses bad paging with a translated 400, and roles without the HSDS read', async () => {
    for (const q of ['page=0', 'per_page=1000', 'modified_after=yesterday', 'sort=name']) {
      const res = await viewer.get(`/api/hsds/services?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await outreach.get('/api/hsds/services')).status).toBe(403);
  });
});
