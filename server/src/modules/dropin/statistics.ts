import { sql } from 'kysely';
import type { z } from 'zod';
import type { visitStatistics } from '#core/schemas/visits';
import type { Tx } from '../../platform/db/tenancy';

type Query = { from: string; to: string; siteId?: string | undefined };

/**
 * A period's drop-in figures, all sites or one, in three statements over the
 * day indexes of the visits and of their services: check-ins, distinct people and anonymous guests; services
 * by type; and per site the people per open day against its capacity (places,
 * or beds for shelters). No person is named in the answer.
 */
export async function readVisitStatistics(tx: Tx, query: Query): Promise<z.infer<typeof visitStatistics>> {
  const site = query.siteId ? sql`AND v.site_id = ${query.siteId}` : sql``;
  const totals = await sql<{ visits: number; unique_people: number; anonymous: number }>`
    SELECT count(*)::int AS visits,
           count(DISTINCT v.client_id)::int AS unique_people,
           coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous
    FROM visits v
    WHERE v.visit_on BETWEEN ${query.from}::date AND ${query.to}::date ${site}`.execute(tx);
  // Each service row carries its visit's day and site (migration 0020): no join back to the visits.
  const serviceSite = query.siteId ? sql`AND s.site_id = ${query.siteId}` : sql``;
  const services = await sql<{ service_id: string; quantity: number }>`
    SELECT s.service_id, sum(s.quantity)::int AS quantity
    FROM visit_services s
    WHERE s.visit_on BETWEEN ${query.from}::date AND ${query.to}::date ${serviceSite}
    GROUP BY s.service_id ORDER BY quantity DESC`.execute(tx);
  const sites = await sql<{ site_id: string; people: number; days_open: number; capacity: number | null }>`
    SELECT v.site_id, sum(v.head_count)::int AS people, count(DISTINCT v.visit_on)::int AS days_open,
           coalesce(st.capacity_places, st.capacity_beds) AS capacity
    FROM visits v JOIN sites st ON st.organisation_id = v.organisation_id AND st.id = v.site_id
    WHERE v.visit_on BETWEEN ${query.from}::date AND ${query.to}::date ${site}
    GROUP BY v.site_id, st.capacity_places, st.capacity_beds ORDER BY v.site_id`.execute(tx);
  const row = totals.rows[0] ?? { visits: 0, unique_people: 0, anonymous: 0 };
  return {
    from: query.from,
    to: query.to,
    visits: row.visits,
    uniquePeople: row.unique_people,
    anonymous: row.anonymous,
    services: services.rows.map((s) => ({ serviceId: s.service_id, quantity: s.quantity })),
    sites: sites.rows.map((s) => ({
      siteId: s.site_id,
      people: s.people,
      daysOpen: s.days_open,
      capacity: s.capacity,
      occupancyRate: s.capacity ? Math.round((s.people / (s.capacity * s.days_open)) * 1000) / 1000 : null,
    })),
  };
}
