import type { Random } from '../random';
import { type Calendar, calendar } from './calendar';
import type { Organisation, Person } from './organisation';

const yearMs = 365.25 * 86_400_000;

/** The organisation, the period (`years` back from now, four weeks ahead) and the seeded draws every builder shares. */
export interface Setting {
  org: Organisation;
  rng: Random;
  fromMs: number;
  to: number;
  ahead: number;
  cal: Calendar;
  dayIndex(at: number): number;
  pickWeighted<T>(items: readonly T[], weight: (t: T) => number): T;
  person(): Person;
  uniform(lo: number, hi: number): number;
}

export function settingOf(org: Organisation, rng: Random, years: number): Setting {
  const { people } = org;
  const to = Date.now();
  const fromMs = to - years * yearMs;
  const ahead = 28 * 86_400_000;
  const cal = calendar(org.timeZone, fromMs, to + ahead);
  const dayIndex = (at: number) => Math.floor((at - cal.days[0]!.midnightUtc) / 86_400_000);
  const pickWeighted = <T>(items: readonly T[], weight: (t: T) => number): T => {
    const total = items.reduce((s, x) => s + weight(x), 0);
    let u = rng.next() * total;
    for (const x of items) {
      u -= weight(x);
      if (u < 0) return x;
    }
    return items[items.length - 1]!;
  };
  /** Regulars first: the oldest clients come most often (index ⌊n·u²⌋). */
  const person = () => people[Math.floor(rng.next() ** 2 * people.length)]!;
  const uniform = (lo: number, hi: number) => lo + rng.next() * (hi - lo);
  return { org, rng, fromMs, to, ahead, cal, dayIndex, pickWeighted, person, uniform };
}
