import { describe, expect, it } from 'vitest';
import type { HousingUnit, Placement } from '../../api/housing';
import {
  addDays,
  bookingsByUnit,
  daysBetween,
  housingSites,
  isIsoDay,
  notBefore,
  pickHousingSite,
  placeableUnits,
  weeksOf,
} from './board';

const site = (
  id: string,
  type: 'hostel' | 'night_shelter' | 're_adaptation_flat' | 'office',
  name: string,
  active = true,
) => ({
  id,
  type,
  name,
  active,
});

describe('the housing sites', () => {
  it('are the active ones that hold beds, shelters first, then by name', () => {
    const sites = [
      site('a', 're_adaptation_flat', 'Mieszkanie 2'),
      site('b', 'office', 'Biuro'),
      site('c', 'hostel', 'Hostel'),
      site('d', 're_adaptation_flat', 'Mieszkanie 1'),
      site('e', 'night_shelter', 'Noclegownia', false),
    ];
    expect(housingSites(sites).map((s) => s.id)).toEqual(['c', 'd', 'a']);
  });

  it('shows the one in the address, else the one last shown, else the first', () => {
    const sites = [site('a', 'hostel', 'A'), site('b', 'hostel', 'B')];
    expect(pickHousingSite(sites, 'b', 'a')?.id).toBe('b');
    expect(pickHousingSite(sites, 'gone', 'b')?.id).toBe('b');
    expect(pickHousingSite(sites, undefined, null)?.id).toBe('a');
    expect(pickHousingSite([], 'a', 'a')).toBeUndefined();
  });
});

describe('calendar days', () => {
  it('are counted in UTC, across months and the clock change', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(notBefore('2026-01-01', '2026-02-01')).toBe('2026-02-01');
    expect(notBefore('2026-03-01', '2026-02-01')).toBe('2026-03-01');
  });

  it('are read from the address only when real', () => {
    expect(isIsoDay('2026-02-12')).toBe(true);
    expect(isIsoDay('2026-13-40')).toBe(false);
    expect(isIsoDay('12.02.2026')).toBe(false);
    expect(isIsoDay(undefined)).toBe(false);
  });
});

describe('the board', () => {
  const unit = (id: string, taken: boolean, active = true) =>
    ({
      id,
      siteId: 's',
      label: id,
      kind: 'bed',
      active,
      current: taken
        ? { placementId: `p-${id}`, clientId: 'c', pseudonym: 'X', startOn: '2026-01-01', plannedEndOn: null }
        : null,
    }) satisfies HousingUnit;

  it('offers units in use for placing, free ones first', () => {
    expect(placeableUnits([unit('a', true), unit('b', false), unit('c', false, false)]).map((u) => u.id)).toEqual([
      'b',
      'a',
    ]);
  });

  it('lists each unit its bookings, earliest first', () => {
    const booking = (id: string, unitId: string, startOn: string) => ({ id, unitId, startOn }) as Placement;
    const byUnit = bookingsByUnit([
      booking('2', 'a', '2026-05-01'),
      booking('1', 'a', '2026-04-01'),
      booking('3', 'b', '2026-04-02'),
    ]);
    expect(byUnit.get('a')?.map((p) => p.id)).toEqual(['1', '2']);
    expect(byUnit.get('b')?.map((p) => p.id)).toEqual(['3']);
    expect(byUnit.get('c')).toBeUndefined();
  });
});

describe('weeks of occupancy', () => {
  it('start on Monday, the first and last may be partial, and sum the bed-nights', () => {
    // 2026-06-06 is a Saturday.
    const days = ['2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-14', '2026-06-15'].map((day, i) => ({
      day,
      occupied: i + 1,
    }));
    expect(weeksOf(days)).toEqual([
      { from: '2026-06-06', to: '2026-06-07', days: 2, nights: 3, highest: 2 },
      { from: '2026-06-08', to: '2026-06-09', days: 2, nights: 7, highest: 4 },
      { from: '2026-06-14', to: '2026-06-14', days: 1, nights: 5, highest: 5 },
      { from: '2026-06-15', to: '2026-06-15', days: 1, nights: 6, highest: 6 },
    ]);
  });
});
