import os from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import { openDatabases } from '../server/src/platform/db/pool';
import type { Database } from '../server/src/platform/db/types';
import { startIndoorServer } from './indoor-data';
import {
  type AppointmentStats,
  appointmentAnswer,
  appointmentFigures,
  type Occupancy,
  occupancyAnswer,
  occupancyFigures,
  type VisitStats,
  visitAnswer,
  visitFigures,
} from './indoor-statistics-figures';
import { appointmentHands, occupancyHand, visitHands } from './indoor-statistics-hands';
import { email, runs } from './indoor-statistics-parameters';
import { readPeriod } from './indoor-statistics-period';
import { indoorStatisticsNotes } from './indoor-statistics-report';
import { statementCounts } from './indoor-statistics-statements';
import { rounds, timedReads } from './indoor-statistics-timing';
import { type BenchResult, median, ms, onCleanup, range } from './lib';
import { ownerPool, signedIn } from './outreach-session';

/**
 * The reception's and the counselling's reads on the generated data set (200,000 visits,
 * 50,000 appointments over three years): live occupancy, one-year drop-in statistics for one
 * site and for all, one-year appointment statistics — each over HTTP beside the best
 * hand-written SQL for the same figures on an owner connection (no RLS); plus the day sheet
 * and a week of the calendar, for information. Run: `npm run bench -- indoor-statistics`
 * (BENCH_RUNS; BENCH_EXPLAIN=1 prints the plans of the service's statements and of the SQL).
 */

export async function runIndoorStatistics(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const data = await startIndoorServer();
  const { s, generated } = data;
  const owner = ownerPool(s.ownerUrl, 2);
  const dbs = openDatabases(s.ownerUrl, s.appUrl, 2);
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: dbs.appPool }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const forget = onCleanup(async () => {
    await owner.end().catch(() => undefined);
    await dbs.close().catch(() => undefined);
  });
  try {
    const org = generated.organisationId;
    const tz = generated.timeZone;
    const facts = await readPeriod(owner, org, tz);
    const { today, fromDay, toDay, bounds, dropIn, inYear, open, sheetDay, weekFrom, weekTo } = facts;

    const headers = await signedIn(s.server.url, email);
    const { rows, label, get, fixed, fixedTimes, measured } = timedReads(s.server.url, headers, owner);

    await measured<Occupancy>(
      'live occupancy of every site',
      '/api/visits/occupancy',
      [occupancyHand(org, today)],
      (a, h) => occupancyAnswer(a) === occupancyFigures(h),
      `${open.present} people in now, ${open.today} check-ins today, over ${generated.visits.toLocaleString('en')} visits`,
    );
    const period = `from=${fromDay}&to=${toDay}`;
    await measured<VisitStats>(
      `one-year drop-in statistics, one site (${dropIn.name})`,
      `/api/visits/statistics?${period}&siteId=${dropIn.id}`,
      visitHands(org, fromDay, toDay, dropIn.id),
      (a, h) => visitAnswer(a) === visitFigures(h),
      `${inYear.site.toLocaleString('en')} visits in the year`,
    );
    await measured<VisitStats>(
      'one-year drop-in statistics, all sites',
      `/api/visits/statistics?${period}`,
      visitHands(org, fromDay, toDay, null),
      (a, h) => visitAnswer(a) === visitFigures(h),
      `${inYear.visits.toLocaleString('en')} visits, ${inYear.services.toLocaleString('en')} services in the year`,
    );
    await measured<AppointmentStats>(
      'one-year appointment statistics, all sites',
      `/api/appointments/statistics?${period}`,
      appointmentHands(org, bounds.lo, bounds.hi, null),
      (a, h) => appointmentAnswer(a) === appointmentFigures(h),
      `${inYear.appointments.toLocaleString('en')} appointments in the year`,
    );
    await measured<AppointmentStats>(
      `one-year appointment statistics, one site (${dropIn.name})`,
      `/api/appointments/statistics?${period}&siteId=${dropIn.id}`,
      appointmentHands(org, bounds.lo, bounds.hi, dropIn.id),
      (a, h) => appointmentAnswer(a) === appointmentFigures(h),
      `${inYear.at_site.toLocaleString('en')} appointments there in the year`,
    );

    rows.push({
      what: 'what every signed-in read costs: `GET /api/me/sessions` (session look-up, tenant transaction, one small statement, JSON), in every round above',
      median: `${ms(median(fixedTimes))} (${range(fixedTimes)})`,
      runs: `${fixedTimes.length}`,
      budget: '—',
      comparedWith: 'the part of each HTTP figure above that is not its own work',
      verdict: fixed.last.status === 200 ? 'informational' : `not measured (${fixed.last.status})`,
    });
    // For information: what the desk and the counsellors open all day.
    const sheet = get<{ items: unknown[] }>(`/api/visits/day-sheet?siteId=${dropIn.id}&date=${sheetDay}`);
    const calendar = get<{ items: unknown[] }>(`/api/appointments?from=${weekFrom}&to=${weekTo}`);
    const [tSheet, tCalendar] = await rounds(runs, [sheet.call, calendar.call]);
    rows.push(
      {
        what: `day sheet of ${dropIn.name} on ${sheetDay}: \`GET /api/visits/day-sheet\``,
        median: `${ms(median(tSheet!))} (${range(tSheet!)})`,
        runs: label,
        budget: '—',
        comparedWith: `${sheet.last.answer?.items?.length ?? 0} visits listed (each person's read audited, one insert)`,
        verdict: sheet.last.status === 200 ? 'informational' : `not measured (${sheet.last.status})`,
      },
      {
        what: 'calendar, seven days around today, all counsellors and sites: `GET /api/appointments`',
        median: `${ms(median(tCalendar!))} (${range(tCalendar!)})`,
        runs: label,
        budget: '—',
        comparedWith: `${calendar.last.answer?.items?.length ?? 0} appointments listed`,
        verdict: calendar.last.status === 200 ? 'informational' : `not measured (${calendar.last.status})`,
      },
    );

    const counts = await statementCounts(logged, captured, dbs.appPool, owner, org, facts);
    const settings = (
      await owner.query(
        `SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm,
                current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS par`,
      )
    ).rows[0] as { v: string; sb: string; wm: string; jit: string; par: string };
    const sizes = (
      await owner.query(
        `SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) AS size FROM pg_stat_user_tables
         WHERE relname IN ('visits', 'visit_services', 'appointments') ORDER BY relname`,
      )
    ).rows.map((r) => `${r.relname} ${r.size}`);
    const notes = indoorStatisticsNotes({ data, period: facts, sizes, counts, settings, load0 });
    return { title: 'Occupancy and one-year drop-in and counselling statistics', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await logged.destroy().catch(() => undefined);
    await dbs.ownerPool.end().catch(() => undefined);
    forget();
    await s.close();
  }
}
