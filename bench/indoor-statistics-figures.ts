import type pg from 'pg';
import type { readAppointmentStatistics } from '../server/src/modules/counselling/appointment-statistics';
import type { readOccupancy } from '../server/src/modules/dropin/occupancy';
import type { readVisitStatistics } from '../server/src/modules/dropin/statistics';

export type VisitStats = Awaited<ReturnType<typeof readVisitStatistics>>;
export type AppointmentStats = Awaited<ReturnType<typeof readAppointmentStatistics>>;
export type Occupancy = Awaited<ReturnType<typeof readOccupancy>>;

/** The hand-written SQL's figures in the answer's shape, to compare. */
export function visitFigures(results: pg.QueryResult[]) {
  const rows = results.flatMap((r) => r.rows);
  const total = rows.find((r) => r.site_id === null && 'visits' in r)!;
  const sites = rows
    .filter((r) => r.site_id !== null && 'days_open' in r)
    .map((r) => `${r.site_id}:${r.people}:${r.days_open}:${r.capacity}`)
    .sort();
  const services = rows
    .filter((r) => 'service_id' in r)
    .map((r) => `${r.service_id}:${r.quantity}`)
    .sort();
  return JSON.stringify({ v: total.visits, p: total.unique_people, a: total.anonymous, sites, services });
}
export const visitAnswer = (a: VisitStats) =>
  JSON.stringify({
    v: a.visits,
    p: a.uniquePeople,
    a: a.anonymous,
    sites: a.sites.map((s) => `${s.siteId}:${s.people}:${s.daysOpen}:${s.capacity}`).sort(),
    services: a.services.map((s) => `${s.serviceId}:${s.quantity}`).sort(),
  });
export function appointmentFigures(results: pg.QueryResult[]) {
  const rows = results.flatMap((r) => r.rows);
  const items = rows
    .filter((r) => r.discipline !== null && r.status !== null)
    .map((r) => `${r.discipline}:${r.status}:${r.count}`)
    .sort();
  return JSON.stringify({ items, seen: rows.find((r) => r.discipline === null && r.status === null)?.seen ?? 0 });
}
export const appointmentAnswer = (a: AppointmentStats) =>
  JSON.stringify({ items: a.items.map((i) => `${i.discipline}:${i.status}:${i.count}`).sort(), seen: a.peopleSeen });
export const occupancyFigures = (results: pg.QueryResult[]) =>
  JSON.stringify(results[0]!.rows.map((r) => `${r.id}:${r.present}:${r.visits_today}`));
export const occupancyAnswer = (a: Occupancy) =>
  JSON.stringify(a.items.map((i) => `${i.siteId}:${i.present}:${i.visitsToday}`));
