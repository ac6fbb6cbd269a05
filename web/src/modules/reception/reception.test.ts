import { describe, expect, it } from 'vitest';
import { pickDeskSite } from './deskSite';
import { capacities, isIsoDate } from './visitText';

const site = (siteId: string, type: 'hostel' | 'drop_in_centre' | 'sanitary_point', name: string) => ({
  siteId,
  type,
  name,
});
const sites = [
  site('a', 'hostel', 'Hostel'),
  site('b', 'sanitary_point', 'Punkt sanitarny'),
  site('c', 'drop_in_centre', 'Punkt wsparcia'),
];

describe('the desk site', () => {
  it('is the one in the address, else the one last shown here, else the first drop-in centre', () => {
    expect(pickDeskSite(sites, 'b', 'a')?.siteId).toBe('b');
    expect(pickDeskSite(sites, undefined, 'a')?.siteId).toBe('a');
    expect(pickDeskSite(sites, 'gone', 'gone too')?.siteId).toBe('c');
    expect(pickDeskSite([], undefined, null)).toBeUndefined();
  });
});

describe('capacities', () => {
  it('counts places, beds, both or neither', () => {
    expect(capacities({ capacityPlaces: 15, capacityBeds: null })).toEqual([{ kind: 'places', capacity: 15 }]);
    expect(capacities({ capacityPlaces: null, capacityBeds: 30 })).toEqual([{ kind: 'beds', capacity: 30 }]);
    expect(capacities({ capacityPlaces: 4, capacityBeds: 2 }).map((c) => c.kind)).toEqual(['places', 'beds']);
    expect(capacities({ capacityPlaces: null, capacityBeds: null })).toEqual([]);
  });
});

describe('the day in the address', () => {
  it('is read only as an ISO date', () => {
    expect(isIsoDate('2026-02-12')).toBe(true);
    expect(isIsoDate('12.02.2026')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
