import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyKey, hsdsExample, hsdsPageFields, hsdsValidator, validatePage } from './hsds';

type Doc = Record<string, unknown>;

const hsds = hsdsValidator();
const example = (name: string) => structuredClone(hsdsExample(name)) as Doc;

function page(contents: unknown[], overrides: Doc = {}): Doc {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
    ...overrides,
  };
}

describe('HSDS 3.0 schemas', () => {
  it.each([
    ['organization', 'organization_full'],
    ['service', 'service_full'],
    ['service_at_location', 'service_at_location_full'],
  ] as const)('the specification example %s validates (%s)', (kind, name) => {
    expect(hsds.validate(kind, example(name))).toEqual([]);
  });

  it('the full examples are also valid list items', () => {
    expect(hsds.validate('organization_list', example('organization_full'))).toEqual([]);
    expect(hsds.validate('service_list', example('service_full'))).toEqual([]);
    expect(hsds.validate('service_at_location_list', example('service_at_location_full'))).toEqual([]);
  });

  it('refuses a service without its required status', () => {
    const service = example('service_full');
    delete service.status;
    expect(hsds.validate('service', service)).toEqual(["/: must have required property 'status'"]);
    expect(hsds.validate('service_list', service)).toEqual(["/: must have required property 'status'"]);
  });

  it('refuses ids that are not UUIDs', () => {
    const organization = example('organization_full');
    organization.id = 'org-42';
    expect(hsds.validate('organization', organization)).toEqual(['/id: must match format "uuid"']);
    const serviceAtLocation = example('service_at_location_full');
    serviceAtLocation.id = '42';
    expect(hsds.validate('service_at_location_list', serviceAtLocation)).toEqual(['/id: must match format "uuid"']);
  });

  it('names the nested path and the allowed values', () => {
    const service = example('service_full') as { status: string; service_at_locations: { location: Doc }[] };
    service.status = 'open';
    service.service_at_locations[0]!.location.latitude = '52.52';
    expect(hsds.validate('service', service)).toEqual([
      '/status: must be equal to one of the allowed values: "active", "inactive", "defunct", "temporarily closed"',
      '/service_at_locations/0/location/latitude: must be number',
    ]);
  });

  it('refuses a document that is not an object', () => {
    expect(hsds.validate('organization_list', null)).toEqual(['/: must be object']);
    expect(hsds.validate('service', [])).toEqual(['/: must be object']);
  });
});

describe('HSDS 3.0 pages', () => {
  it('accepts a well-formed page, and an empty one', () => {
    expect(validatePage('service', page([example('service_full')]))).toEqual([]);
    expect(validatePage('organization', page([], { total_pages: 0 }))).toEqual([]);
  });

  it('has the paging fields of the OpenAPI template', () => {
    const openapi = JSON.parse(readFileSync(new URL('./fixtures/hsds-3.0/openapi.json', import.meta.url), 'utf8')) as {
      components: { schemas: { Page: { properties: Record<string, { type: string }> } } };
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    const fields = Object.keys(openapi.components.schemas.Page.properties);
    expect([...fields, 'contents']).toEqual([...hsdsPageFields]);
    for (const path of ['/organizations', '/services', '/service_at_locations']) {
      const ok = openapi.paths[path]!.get.responses['200'] as {
        content: { 'application/json': { schema: { properties: { contents: { type: string } } } } };
      };
      expect(ok.content['application/json'].schema.properties.contents.type).toBe('array');
    }
  });

  it('refuses negative counts and wrong types', () => {
    expect(validatePage('service', page([], { total_items: -1 }))).toEqual(['/total_items: must be >= 0']);
    expect(validatePage('service', page([], { page_number: 1.5, first_page: 'true' }))).toEqual([
      '/page_number: must be integer',
      '/first_page: must be boolean',
    ]);
  });

  it('refuses a page without contents, or with contents that are not an array', () => {
    const { contents: _, ...bare } = page([]);
    expect(validatePage('organization', bare)).toEqual(["/: must have required property 'contents'"]);
    expect(validatePage('organization', page([], { contents: {} }))).toEqual(['/contents: must be array']);
    expect(validatePage('organization', null)).toEqual(['/: must be object']);
  });

  it('validates each item against the list schema, with its index in the path', () => {
    const good = example('service_at_location_full');
    const bad = example('service_at_location_full');
    bad.id = 'sal-1';
    expect(validatePage('service_at_location', page([good, bad]))).toEqual([
      '/contents/1/id: must match format "uuid"',
    ]);
  });

  it('checks nested fields only against the full schema', () => {
    const service = example('service_full') as { service_at_locations: { location: Doc }[] };
    service.service_at_locations[0]!.location.longitude = 'east';
    // service_list declares only one-to-one fields: nested objects pass unchecked.
    expect(validatePage('service', page([service]))).toEqual([]);
    expect(validatePage('service', page([service]), { full: true })).toEqual([
      '/contents/0/service_at_locations/0/location/longitude: must be number',
    ]);
  });
});

describe('everyKey', () => {
  it('lists every nested key path, arrays as []', () => {
    const doc = {
      total_items: 1,
      contents: [
        { id: 'a', service_at_locations: [{ location: { latitude: 1, longitude: 2 } }] },
        { id: 'b', service_at_locations: [], tags: [['x'], [{ deep: true }]] },
      ],
    };
    expect(everyKey(doc)).toEqual([
      'total_items',
      'contents',
      'contents[].id',
      'contents[].service_at_locations',
      'contents[].service_at_locations[].location',
      'contents[].service_at_locations[].location.latitude',
      'contents[].service_at_locations[].location.longitude',
      'contents[].tags',
      'contents[].tags[][].deep',
    ]);
    expect(everyKey([{ a: { b: null } }])).toEqual(['[].a', '[].a.b']);
    expect(everyKey('text')).toEqual([]);
  });

  it('finds every place a full service carries coordinates', () => {
    const keys = everyKey(page([example('service_full')]));
    expect(keys).toContain('contents[].service_at_locations[].location.addresses[].address_1');
    // A location appears both under service_at_locations and under the nested organization.
    expect(keys.filter((key) => key.endsWith('.latitude'))).toEqual([
      'contents[].service_at_locations[].location.latitude',
      'contents[].organization.locations[].latitude',
    ]);
  });
});
