import { sql } from 'kysely';
import type { z } from 'zod';
import type { Discipline } from '#core/roles';
import type { AppointmentStatus, appointmentStatistics } from '#core/schemas/appointments';
import type { Tx } from '../../platform/db/tenancy';
import { startsWithin } from './appointment-read';

/** Appointments by discipline and status over a period (optionally one site), and the distinct people seen. */
export async function readAppointmentStatistics(
  tx: Tx,
  query: { from: string; to: string; siteId?: string | undefined },
): Promise<z.infer<typeof appointmentStatistics>> {
  let q = tx.selectFrom('appointments').where(startsWithin(query.from, query.to));
  if (query.siteId) q = q.where('appointments.site_id', '=', query.siteId);
  // One scan: the counts per discipline and status, and beside them the people of the done ones.
  const rows = await q
    .select([
      sql<Discipline | null>`appointments.discipline`.as('discipline'),
      sql<AppointmentStatus | null>`appointments.status`.as('status'),
      sql<number>`count(*)::int`.as('count'),
      sql<number>`count(DISTINCT appointments.client_id) FILTER (WHERE appointments.status = 'done')::int`.as('seen'),
    ])
    .groupBy(sql`GROUPING SETS ((appointments.discipline, appointments.status), ())`)
    .execute();
  const items = rows.flatMap((r) =>
    r.discipline && r.status ? [{ discipline: r.discipline, status: r.status, count: r.count }] : [],
  );
  const total = rows.find((r) => r.discipline === null && r.status === null);
  return { from: query.from, to: query.to, items, peopleSeen: total?.seen ?? 0 };
}
