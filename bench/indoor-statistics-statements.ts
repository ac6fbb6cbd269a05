import type { Kysely } from 'kysely';
import type pg from 'pg';
import { readAppointmentStatistics } from '../server/src/modules/counselling/appointment-statistics';
import { readOccupancy } from '../server/src/modules/dropin/occupancy';
import { readVisitStatistics } from '../server/src/modules/dropin/statistics';
import { type Tx, withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import { appointmentHands, occupancyHand, visitHands } from './indoor-statistics-hands';
import type { Period } from './indoor-statistics-period';

/** Statements per answer, as "name count", from `logged`'s log in `captured`; BENCH_EXPLAIN=1 prints the plans too. */
export async function statementCounts(
  logged: Kysely<Database>,
  captured: { sql: string; parameters: readonly unknown[] }[],
  appPool: pg.Pool,
  owner: pg.Pool,
  org: string,
  period: Period,
): Promise<string[]> {
  const { today, fromDay, toDay, bounds, dropIn } = period;
  // The statements each answer sends (the service in-process, app role, RLS), and their plans when asked.
  const scope = { organisationId: org, userId: null };
  const ctx = { actor: { organisationId: org, userId: null, sessionId: null, ip: null }, userId: '' };
  const services: [string, (tx: Tx) => Promise<unknown>][] = [
    ['occupancy', (tx) => readOccupancy(tx, ctx)],
    ['visit statistics, one site', (tx) => readVisitStatistics(tx, { from: fromDay, to: toDay, siteId: dropIn.id })],
    ['visit statistics, all sites', (tx) => readVisitStatistics(tx, { from: fromDay, to: toDay })],
    ['appointment statistics', (tx) => readAppointmentStatistics(tx, { from: fromDay, to: toDay })],
  ];
  const counts: string[] = [];
  for (const [name, fn] of services) {
    captured.length = 0;
    await withTenant(logged, scope, fn);
    const statements = captured.filter((c) => !/^(begin|commit)/i.test(c.sql.trim()));
    counts.push(`${name} ${statements.length - 1}`);
    if (process.env.BENCH_EXPLAIN) {
      const app = await appPool.connect();
      try {
        await app.query('BEGIN');
        await app.query(`SELECT set_config('kontakt.organisation_id', $1, true)`, [org]);
        for (const c of statements.slice(1)) {
          const { rows: plan } = await app.query(`EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`, [...c.parameters]);
          console.log(`\n-- service: ${name}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
        await app.query('ROLLBACK');
      } finally {
        app.release();
      }
    }
  }
  if (process.env.BENCH_EXPLAIN) {
    const hands = [
      occupancyHand(org, today),
      ...visitHands(org, fromDay, toDay, dropIn.id),
      ...visitHands(org, fromDay, toDay, null),
      ...appointmentHands(org, bounds.lo, bounds.hi, null),
    ];
    for (const h of hands)
      for (const q of h.statements) {
        const { rows: plan } = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, h.params);
        console.log(`\n-- hand: ${h.label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
  }
  return counts;
}
