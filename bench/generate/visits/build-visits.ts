import { v7 as uuidv7 } from 'uuid';
import type { User } from './organisation';
import { profiles, type SiteType } from './profiles';
import type { Setting } from './setting';

export interface Visit {
  id: string;
  at: number;
  out: number | null;
  site: string;
  person: string | null;
  heads: number;
  by: string;
}

/** Who checks people in: receptionists most, volunteers some, anyone else who may. */
const deskWeight = (u: User) => (u.roles.includes('reception') ? 6 : u.roles.includes('volunteer') ? 3 : 1);

/**
 * `count` visits: at a site drawn by the kinds' shares (a known person's home site seven times in ten), on a day
 * it is open since the person was created, during its hours; oldest first.
 */
export function buildVisits(setting: Setting, count: number): { visits: Visit[]; anonymous: number } {
  const { rng, fromMs, to, cal, dayIndex, pickWeighted, person, uniform } = setting;
  const { people, visitSites, recorders } = setting.org;
  const home = people.map(() => pickWeighted(visitSites, (s) => profiles[s.type as SiteType].weight));
  const homeOf = new Map(people.map((p, i) => [p.id, home[i]!]));

  // Visits, oldest first (ids are UUIDv7 of the check-in).
  const visits: Visit[] = [];
  let anonymous = 0;
  while (visits.length < count) {
    let site = pickWeighted(visitSites, (s) => profiles[s.type as SiteType].weight);
    const anon = rng.chance(profiles[site.type as SiteType].anonymous);
    const who = anon ? null : person();
    if (who && rng.chance(0.7)) site = homeOf.get(who.id)!;
    const p = profiles[site.type as SiteType];
    const since = Math.max(fromMs, who ? who.created_at.getTime() : fromMs);
    let at = 0;
    let index = 0;
    let local = 0;
    for (let tries = 0; tries < 30 && !at; tries++) {
      index = dayIndex(since) + Math.floor(rng.next() * (dayIndex(to) - dayIndex(since) + 1));
      const day = cal.days[index];
      if (!day || !p.open(day.weekday, day.month)) continue;
      local = Math.round(uniform(p.arrive[0], p.arrive[1]));
      const t = day.midnightUtc + local * 60_000;
      if (t >= since && t <= to) at = t;
    }
    if (!at) continue;
    const out =
      'closes' in p.stay
        ? at + Math.min(uniform(p.stay.minutes[0], p.stay.minutes[1]), Math.max(5, p.stay.closes - local)) * 60_000
        : cal.days[index + 1]!.midnightUtc + uniform(p.stay.nextMorning[0], p.stay.nextMorning[1]) * 60_000;
    // Still in (the stay goes on past now), or forgotten at the desk (0.2 %).
    const open = out > to || rng.chance(0.002);
    if (anon) anonymous++;
    visits.push({
      id: '',
      at,
      out: open ? null : Math.round(out),
      site: site.id,
      person: who?.id ?? null,
      heads: anon ? Number(rng.weighted({ 1: 60, 2: 25, 3: 10, 4: 5 })) : 1,
      by: pickWeighted(recorders, deskWeight).id,
    });
  }
  visits.sort((a, b) => a.at - b.at);
  for (const v of visits) v.id = uuidv7({ msecs: v.at });
  return { visits, anonymous };
}
