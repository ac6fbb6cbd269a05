import type pg from 'pg';

/** The demo receptionist who checks people in. */
export const email = 'reception@demo.kontakt.test';
/** The sites with a reception desk (the flats have none). */
const deskSites = ['drop_in_centre', 'day_centre', 'sanitary_point', 'warming_shelter', 'night_shelter', 'hostel'];

export interface Fixture {
  org: string;
  userId: string;
  timeZone: string;
  sites: string[];
  services: string[];
  /** People not in anywhere now, regulars first. */
  people: string[];
}

/** The demo organisation's desk sites, services and the people to check in. */
export async function fixture(pool: pg.Pool): Promise<Fixture> {
  const q = (sql: string, params: unknown[] = []) => pool.query(sql, params).then((r) => r.rows);
  const org = (await q(`SELECT id, time_zone FROM organisations WHERE slug = 'demo'`))[0] as {
    id: string;
    time_zone: string;
  };
  const userId = (await q('SELECT id FROM users WHERE organisation_id = $1 AND email = $2', [org.id, email]))[0]
    .id as string;
  const sites = (
    await q('SELECT id FROM sites WHERE organisation_id = $1 AND active AND type = ANY($2) ORDER BY name', [
      org.id,
      deskSites,
    ])
  ).map((r) => r.id as string);
  const services = (
    await q(
      `SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'service' AND active ORDER BY sort_order, id`,
      [org.id],
    )
  ).map((r) => r.id as string);
  const people = (
    await q(
      `SELECT c.id FROM clients c WHERE c.organisation_id = $1 AND c.status IN ('active', 'inactive')
         AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.organisation_id = c.organisation_id AND v.client_id = c.id
                           AND v.checked_out_at IS NULL)
       ORDER BY c.created_at, c.id`,
      [org.id],
    )
  ).map((r) => r.id as string);
  if (sites.length < 2 || services.length < 2 || people.length < 1000)
    throw new Error('demo data lacks sites, services or people');
  return { org: org.id, userId, timeZone: org.time_zone, sites, services, people };
}

/** The n-th check-in: one in five an anonymous head count; else the next person, at their site of this round. */
export function nth(f: Fixture, n: number) {
  const services = [f.services[n % f.services.length]!, ...(n % 2 ? [f.services[(n + 1) % f.services.length]!] : [])];
  if (n % 5 === 4) return { siteId: f.sites[n % f.sites.length]!, clientId: null, headCount: 1 + (n % 3), services };
  const k = Math.floor(n / 5) * 4 + (n % 5);
  const round = Math.floor(k / f.people.length);
  // A person checked in twice at one site within a day is refused (409): each round moves everyone on.
  if (round >= f.sites.length) throw new Error(`check-in ${n}: every person has been checked in at every site`);
  const i = k % f.people.length;
  return { siteId: f.sites[(i + round) % f.sites.length]!, clientId: f.people[i]!, headCount: 1, services };
}

/** The JSON body of the n-th `POST /api/visits`. */
export function body(f: Fixture, n: number): string {
  const c = nth(f, n);
  return JSON.stringify({ ...c, services: c.services.map((serviceId) => ({ serviceId, quantity: 1 })) });
}
