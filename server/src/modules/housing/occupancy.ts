import { sql } from 'kysely';
import { limits } from '#core/limits';
import type { HousingOccupancy } from '#core/schemas/housing';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { organisationToday } from './checks';

const dayMs = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/**
 * A site's occupancy history: for each day, how many of its stays held a unit
 * that day ([start, end) contains it), beside the units in use today and the
 * site's declared beds. One statement: the days are a generate_series joined
 * to the stays that overlap them; without dates, the 30 days up to today.
 */
export async function readHousingOccupancy(
  tx: Tx,
  siteId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<HousingOccupancy> {
  const to = query.to ?? (query.from ? addDays(query.from, 29) : await organisationToday(tx));
  const from = query.from ?? addDays(to, -29);
  // The query schema checks a range given whole; this checks one completed from a default.
  if (to < from || (Date.parse(to) - Date.parse(from)) / dayMs >= limits.occupancyDaysMax)
    throw fieldError('querystring.to', 'validation.occupancy_range');
  const { rows } = await sql<{ day: string; occupied: number; capacity_beds: number | null; active_units: number }>`
    SELECT d.day::text AS day, count(p.id)::int AS occupied, s.capacity_beds,
           (SELECT count(*)::int FROM housing_units u
             WHERE u.organisation_id = s.organisation_id AND u.site_id = s.id AND u.active) AS active_units
    FROM sites s
    CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS g) d
    LEFT JOIN housing_placements p
      ON p.organisation_id = s.organisation_id AND p.site_id = s.id
     AND p.start_on <= d.day AND (p.end_on IS NULL OR p.end_on > d.day)
    WHERE s.id = ${siteId}
    GROUP BY d.day, s.organisation_id, s.id, s.capacity_beds
    ORDER BY d.day`.execute(tx);
  const first = rows[0];
  if (!first) throw notFound();
  return {
    siteId,
    from,
    to,
    capacityBeds: first.capacity_beds,
    activeUnits: first.active_units,
    days: rows.map((r) => ({ day: r.day, occupied: r.occupied })),
  };
}
