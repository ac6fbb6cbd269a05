import type { HousingUnit, Placement } from '../../api/housing';
import type { Site } from '../../api/types';

/** Site types that hold beds or rooms people are placed in. */
export const housingSiteTypes: readonly Site['type'][] = [
  'night_shelter',
  'hostel',
  're_adaptation_flat',
  'warming_shelter',
];

/** The sites of the housing screen: active ones that hold beds, by type in the order above, then name. */
export function housingSites<S extends Pick<Site, 'type' | 'name' | 'active'>>(sites: readonly S[]): S[] {
  const rank = (s: S) => housingSiteTypes.indexOf(s.type);
  return sites
    .filter((s) => s.active && rank(s) !== -1)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The site shown: the one in the address, else the one last shown on this device, else the first. */
export function pickHousingSite<S extends Pick<Site, 'id'>>(
  sites: readonly S[],
  fromAddress: string | undefined,
  last: string | null,
): S | undefined {
  return sites.find((s) => s.id === fromAddress) ?? sites.find((s) => s.id === last) ?? sites[0];
}

/** An ISO calendar day (YYYY-MM-DD)? */
export const isIsoDay = (value: string | undefined | null): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** A calendar day `n` days after (or before) another, computed in UTC so no clock change shifts it. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Upcoming bookings of each unit, earliest first. */
export function bookingsByUnit(upcoming: readonly Placement[]): Map<string, Placement[]> {
  const out = new Map<string, Placement[]>();
  for (const p of [...upcoming].sort((a, b) => a.startOn.localeCompare(b.startOn))) {
    out.set(p.unitId, [...(out.get(p.unitId) ?? []), p]);
  }
  return out;
}

/** The units a person can be placed in now: in use, free ones first (by the server's order otherwise). */
export function placeableUnits(units: readonly HousingUnit[]): HousingUnit[] {
  const active = units.filter((u) => u.active);
  return [...active.filter((u) => u.current === null), ...active.filter((u) => u.current !== null)];
}

/** The occupancy history's period, shown per day or per week. */
export type OccupancyGrouping = 'day' | 'week';
export interface OccupancyPeriod {
  from: string;
  to: string;
  by: OccupancyGrouping;
}

export interface OccupancyWeek {
  /** Monday (or the period's first day) and Sunday (or its last day). */
  from: string;
  to: string;
  days: number;
  /** Bed-nights: the occupied units summed over the week's days. */
  nights: number;
  highest: number;
}

/** Days grouped into calendar weeks starting on Monday (the first and last may be partial). */
export function weeksOf(days: readonly { day: string; occupied: number }[]): OccupancyWeek[] {
  const weeks: OccupancyWeek[] = [];
  for (const { day, occupied } of days) {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
    const last = weeks.at(-1);
    if (last && weekday !== 0 && daysBetween(last.to, day) === 1) {
      last.to = day;
      last.days += 1;
      last.nights += occupied;
      last.highest = Math.max(last.highest, occupied);
    } else {
      weeks.push({ from: day, to: day, days: 1, nights: occupied, highest: occupied });
    }
  }
  return weeks;
}

/** A day, or `earliest` when it is before it (ISO days compare as text). */
export function notBefore(day: string, earliest: string): string {
  return day.localeCompare(earliest) < 0 ? earliest : day;
}
