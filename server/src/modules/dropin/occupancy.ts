import { sql } from 'kysely';
import type { siteTypes } from '#core/schemas/places';
import type { Tx } from '../../platform/db/tenancy';
import { type DropinContext, localDate } from './context';
import { timeZoneOf } from './day-sheet';

/**
 * Live occupancy of every active site: people in now (visits not checked out,
 * checked in within the last day — an older one was forgotten at the desk, and
 * the day sheet offers to close it) and check-ins today, in one statement.
 */
export async function readOccupancy(tx: Tx, ctx: DropinContext) {
  const today = localDate(await timeZoneOf(tx, ctx.actor.organisationId), new Date());
  const rows = await tx
    .selectFrom('sites')
    .select((eb) => [
      'sites.id',
      'sites.name',
      'sites.type',
      'sites.capacity_places',
      'sites.capacity_beds',
      eb
        .selectFrom('visits')
        .select(sql<number>`coalesce(sum(head_count), 0)::int`.as('n'))
        .whereRef('visits.site_id', '=', 'sites.id')
        .where('visits.checked_out_at', 'is', null)
        .where('visits.checked_in_at', '>', sql<Date>`now() - interval '1 day'`)
        .as('present'),
      eb
        .selectFrom('visits')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('visits.site_id', '=', 'sites.id')
        .where('visits.visit_on', '=', today)
        .as('visits_today'),
    ])
    .where('sites.active', '=', true)
    .where('sites.type', '<>', 'office')
    .orderBy('sites.name')
    .execute();
  return {
    items: rows.map((r) => ({
      siteId: r.id,
      name: r.name,
      type: r.type as (typeof siteTypes)[number],
      capacityPlaces: r.capacity_places,
      capacityBeds: r.capacity_beds,
      present: r.present ?? 0,
      visitsToday: r.visits_today ?? 0,
    })),
  };
}
