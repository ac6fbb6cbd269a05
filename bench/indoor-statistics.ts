import os from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { readAppointmentStatistics } from '../server/src/modules/counselling/appointment-statistics';
import { readOccupancy } from '../server/src/modules/dropin/occupancy';
import { readVisitStatistics } from '../server/src/modules/dropin/statistics';
import { openDatabases } from '../server/src/platform/db/pool';
import { type Tx, withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import { dataNote, startIndoorServer } from './indoor-data';
import { type BenchResult, machine, median, ms, onCleanup, range } from './lib';
import { ownerPool, signedIn } from './outreach-session';

/**
 * The reception's and the counselling's reads on the generated data set (200,000 visits,
 * 50,000 appointments over three years): live occupancy, one-year drop-in statistics for one
 * site and for all, one-year appointment statistics — each over HTTP beside the best
 * hand-written SQL for the same figures on an owner connection (no RLS); plus the day sheet
 * and a week of the calendar, for information. Run: `npm run bench -- indoor-statistics`
 * (BENCH_RUNS; BENCH_EXPLAIN=1 prints the plans of the service's statements and of the SQL).
 */
const runs = Number(process.env.BENCH_RUNS ?? 9);
const budgetMs = 500;
const ratioBudget = 1.5;
const email = 'reception@demo.kontakt.test';

/**
 * Times the calls round by round (one of each per round, after one warm-up of each), so that on a
 * shared machine a burst of someone else's work falls on all of them alike.
 */
async function rounds(n: number, calls: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const call of calls) await call(); // warm-up: plans, caches
  const out = calls.map(() => [] as number[]);
  for (let i = 0; i < n; i++)
    for (const [k, call] of calls.entries()) {
      const t0 = performance.now();
      await call();
      out[k]!.push(performance.now() - t0);
    }
  return out;
}

interface Hand {
  label: string;
  statements: string[];
  params: unknown[];
}

/** Occupancy: one pass over the open visits, one over today's, joined to the sites. */
const occupancyHand = (org: string, today: string): Hand => ({
  label: 'two grouped index scans joined to the sites',
  params: [org, today],
  statements: [
    `SELECT s.id, s.name, s.type, s.capacity_places, s.capacity_beds,
            coalesce(p.present, 0)::int AS present, coalesce(t.n, 0)::int AS visits_today
     FROM sites s
     LEFT JOIN (SELECT site_id, sum(head_count) AS present FROM visits
                WHERE organisation_id = $1 AND checked_out_at IS NULL AND checked_in_at > now() - interval '1 day'
                GROUP BY site_id) p ON p.site_id = s.id
     LEFT JOIN (SELECT site_id, count(*) AS n FROM visits WHERE organisation_id = $1 AND visit_on = $2::date
                GROUP BY site_id) t ON t.site_id = s.id
     WHERE s.organisation_id = $1 AND s.active AND s.type <> 'office'
     ORDER BY s.name`,
  ],
});

/** Drop-in statistics: totals, per site (people, open days, capacity) and services; two shapes. */
function visitHands(org: string, from: string, to: string, siteId: string | null): Hand[] {
  const where = `v.organisation_id = $1 AND v.visit_on BETWEEN $2::date AND $3::date${siteId ? ' AND v.site_id = $4' : ''}`;
  const params = siteId ? [org, from, to, siteId] : [org, from, to];
  // The services by their own day and site (migration 0020), as the API sums them.
  const services = `SELECT s.service_id, sum(s.quantity)::int AS quantity FROM visit_services s
     WHERE s.organisation_id = $1 AND s.visit_on BETWEEN $2::date AND $3::date${siteId ? ' AND s.site_id = $4' : ''}
     GROUP BY s.service_id`;
  return [
    {
      label: 'totals and sites in one pass (GROUPING SETS), services',
      params,
      statements: [
        `SELECT g.*, coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, count(*)::int AS visits, count(DISTINCT v.client_id)::int AS unique_people,
                      coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous,
                      sum(v.head_count)::int AS people, count(DISTINCT v.visit_on)::int AS days_open
               FROM visits v WHERE ${where} GROUP BY GROUPING SETS ((), (v.site_id))) g
         LEFT JOIN sites st ON st.organisation_id = $1 AND st.id = g.site_id`,
        services,
      ],
    },
    {
      label: 'totals, sites, services (three statements)',
      params,
      statements: [
        `SELECT NULL::uuid AS site_id, count(*)::int AS visits, count(DISTINCT v.client_id)::int AS unique_people,
                coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous
         FROM visits v WHERE ${where}`,
        `SELECT g.*, coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, sum(v.head_count)::int AS people, count(DISTINCT v.visit_on)::int AS days_open
               FROM visits v WHERE ${where} GROUP BY v.site_id) g
         JOIN sites st ON st.organisation_id = $1 AND st.id = g.site_id`,
        services,
      ],
    },
    {
      label: 'distinct people and open days by hashing (three statements)',
      params,
      statements: [
        `SELECT NULL::uuid AS site_id, count(*)::int AS visits,
                coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous,
                (SELECT count(*)::int FROM (SELECT DISTINCT v.client_id FROM visits v WHERE ${where} AND v.client_id IS NOT NULL) d)
                  AS unique_people
         FROM visits v WHERE ${where}`,
        `SELECT d.site_id, sum(d.n)::int AS people, count(*)::int AS days_open,
                coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, v.visit_on, sum(v.head_count) AS n FROM visits v WHERE ${where} GROUP BY 1, 2) d
         JOIN sites st ON st.organisation_id = $1 AND st.id = d.site_id
         GROUP BY d.site_id, st.capacity_places, st.capacity_beds`,
        services,
      ],
    },
  ];
}

/** Appointment statistics: counts by discipline and status, people seen (done). */
function appointmentHands(org: string, lo: Date, hi: Date, siteId: string | null): Hand[] {
  const where = `organisation_id = $1 AND starts_at >= $2 AND starts_at < $3${siteId ? ' AND site_id = $4' : ''}`;
  const params = siteId ? [org, lo, hi, siteId] : [org, lo, hi];
  return [
    {
      label: 'one pass (GROUPING SETS)',
      params,
      statements: [
        `SELECT discipline, status, count(*)::int AS count,
                count(DISTINCT client_id) FILTER (WHERE status = 'done')::int AS seen
         FROM appointments WHERE ${where} GROUP BY GROUPING SETS ((discipline, status), ())`,
      ],
    },
    {
      label: 'counts (hash aggregate), people seen',
      params,
      statements: [
        `SELECT discipline, status, count(*)::int AS count FROM appointments WHERE ${where} GROUP BY 1, 2`,
        `SELECT NULL AS discipline, NULL AS status, count(DISTINCT client_id)::int AS seen
         FROM appointments WHERE ${where} AND status = 'done'`,
      ],
    },
  ];
}

type VisitStats = Awaited<ReturnType<typeof readVisitStatistics>>;
type AppointmentStats = Awaited<ReturnType<typeof readAppointmentStatistics>>;
type Occupancy = Awaited<ReturnType<typeof readOccupancy>>;

/** The hand-written SQL's figures in the answer's shape, to compare. */
function visitFigures(results: pg.QueryResult[]) {
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
const visitAnswer = (a: VisitStats) =>
  JSON.stringify({
    v: a.visits,
    p: a.uniquePeople,
    a: a.anonymous,
    sites: a.sites.map((s) => `${s.siteId}:${s.people}:${s.daysOpen}:${s.capacity}`).sort(),
    services: a.services.map((s) => `${s.serviceId}:${s.quantity}`).sort(),
  });
function appointmentFigures(results: pg.QueryResult[]) {
  const rows = results.flatMap((r) => r.rows);
  const items = rows
    .filter((r) => r.discipline !== null && r.status !== null)
    .map((r) => `${r.discipline}:${r.status}:${r.count}`)
    .sort();
  return JSON.stringify({ items, seen: rows.find((r) => r.discipline === null && r.status === null)?.seen ?? 0 });
}
const appointmentAnswer = (a: AppointmentStats) =>
  JSON.stringify({ items: a.items.map((i) => `${i.discipline}:${i.status}:${i.count}`).sort(), seen: a.peopleSeen });
const occupancyFigures = (results: pg.QueryResult[]) =>
  JSON.stringify(results[0]!.rows.map((r) => `${r.id}:${r.present}:${r.visits_today}`));
const occupancyAnswer = (a: Occupancy) =>
  JSON.stringify(a.items.map((i) => `${i.siteId}:${i.present}:${i.visitsToday}`));

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
    const localDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(at);
    const today = localDay(new Date());
    // The last twelve whole months before the data ends (the organisation's days).
    const [y, m] = today.split('-').map(Number) as [number, number];
    const toDay = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
    const fromDay = new Date(Date.UTC(y - 1, m - 1, 1)).toISOString().slice(0, 10);
    const bounds = (
      await owner.query(
        `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS lo, ($2::date + 1)::timestamp AT TIME ZONE $3 AS hi`,
        [fromDay, toDay, tz],
      )
    ).rows[0] as { lo: Date; hi: Date };
    const q1 = async <R>(text: string, params: unknown[]) => (await owner.query(text, params)).rows[0] as R;
    const dropIn = await q1<{ id: string; name: string }>(
      `SELECT id, name FROM sites WHERE organisation_id = $1 AND type = 'drop_in_centre' ORDER BY name LIMIT 1`,
      [org],
    );
    const inYear = await q1<{ visits: number; site: number; services: number; appointments: number; at_site: number }>(
      `SELECT (SELECT count(*)::int FROM visits WHERE organisation_id = $1 AND visit_on BETWEEN $2 AND $3) AS visits,
              (SELECT count(*)::int FROM visits WHERE organisation_id = $1 AND visit_on BETWEEN $2 AND $3 AND site_id = $6) AS site,
              (SELECT count(*)::int FROM visit_services s JOIN visits v ON v.organisation_id = s.organisation_id AND v.id = s.visit_id
                 WHERE v.organisation_id = $1 AND v.visit_on BETWEEN $2 AND $3) AS services,
              (SELECT count(*)::int FROM appointments WHERE organisation_id = $1 AND starts_at >= $4 AND starts_at < $5) AS appointments,
              (SELECT count(*)::int FROM appointments WHERE organisation_id = $1 AND starts_at >= $4 AND starts_at < $5 AND site_id = $6) AS at_site`,
      [org, fromDay, toDay, bounds.lo, bounds.hi, dropIn.id],
    );
    console.log(`  period ${fromDay} – ${toDay}: ${JSON.stringify(inYear)}`);
    const open = await q1<{ present: number; today: number }>(
      `SELECT count(*) FILTER (WHERE checked_out_at IS NULL AND checked_in_at > now() - interval '1 day')::int AS present,
              count(*) FILTER (WHERE visit_on = $2)::int AS today FROM visits WHERE organisation_id = $1`,
      [org, today],
    );
    // The drop-in's last open day up to today, for its day sheet; a week of its calendar around today.
    const sheetDay = (
      await q1<{ d: string }>(
        'SELECT max(visit_on)::text AS d FROM visits WHERE organisation_id = $1 AND site_id = $2 AND visit_on <= $3',
        [org, dropIn.id, today],
      )
    ).d;
    const weekFrom = localDay(new Date(Date.now() - 3 * 86_400_000));
    const weekTo = localDay(new Date(Date.now() + 3 * 86_400_000));

    const headers = await signedIn(s.server.url, email);
    const rows: BenchResult['rows'] = [];
    const label = `${runs} (+1 warm-up)`;
    const get = <T>(path: string) => {
      const last = { status: 0, answer: undefined as T | undefined };
      const call = async () => {
        const r = await fetch(`${s.server.url}${path}`, { headers });
        last.status = r.status;
        last.answer = (await r.json()) as T;
      };
      return { last, call };
    };
    // What every signed-in read costs before its own work: the session, a tenant transaction, one small statement,
    // JSON — timed in every round beside the answers.
    const fixed = get<unknown>('/api/me/sessions');
    const fixedTimes: number[] = [];
    const measured = async <T>(
      what: string,
      path: string,
      hands: Hand[],
      same: (answer: T, hand: pg.QueryResult[]) => boolean,
      detail: string,
    ) => {
      const api = get<T>(path);
      const results: pg.QueryResult[][] = hands.map(() => []);
      const handCalls = hands.map((h, k) => async () => {
        const out: pg.QueryResult[] = [];
        for (const q of h.statements) out.push(await owner.query(q, h.params));
        results[k] = out;
      });
      const [tFixed, tApi, ...tHands] = await rounds(runs, [fixed.call, api.call, ...handCalls]);
      fixedTimes.push(...tFixed!);
      // Of the shapes tried, the fastest by median is the floor.
      const best = tHands.reduce((b, t, k) => (median(t) < median(tHands[b]!) ? k : b), 0);
      for (const [k, h] of hands.entries()) console.log(`    hand "${h.label}": ${ms(median(tHands[k]!))}`);
      const tA = median(tApi!);
      const tH = median(tHands[best]!);
      const fixedMs = median(tFixed!);
      const status = api.last.status;
      const equal = status === 200 && same(api.last.answer!, results[best]!);
      console.log(`  ${what}: http ${ms(tA)} (${status}), hand ${ms(tH)}, fixed ${ms(fixedMs)}, same ${equal}`);
      rows.push({
        what: `${what}: \`GET ${path.split('?')[0]}\` (${email.split('@')[0]})`,
        median: `${ms(tA)} (${range(tApi!)})`,
        runs: label,
        budget: `≤ ${budgetMs} ms`,
        comparedWith: `hand-written SQL (${hands[best]!.label}) ${ms(tH)} (${range(tHands[best]!)}); ratio ${(tA / tH).toFixed(1)} (${(Math.max(0, tA - fixedMs) / tH).toFixed(1)} without the ${ms(fixedMs)} every signed-in read costs); ${detail}${equal ? '; same figures' : `; FIGURES DIFFER (HTTP ${status})`}`,
        verdict:
          status === 200
            ? `${tA <= budgetMs ? 'pass' : 'FAIL'}; ratio ${tA / tH <= ratioBudget ? '≤' : '>'} ${ratioBudget}`
            : `not measured (${status})`,
      });
    };

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
        const app = await dbs.appPool.connect();
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
    const notes = [
      dataNote(data),
      `Period: ${fromDay} – ${toDay} (the twelve whole months before today, the organisation's days): ${inYear.visits.toLocaleString('en')} visits (${inYear.site.toLocaleString('en')} at ${dropIn.name}), ${inYear.services.toLocaleString('en')} services, ${inYear.appointments.toLocaleString('en')} appointments. Tables with their indexes: ${sizes.join(', ')}.`,
      `HTTP: \`${email}\` signed in (visits.read, appointments.read), one keep-alive connection from the bench process on 127.0.0.1, the answer parsed; the server answers in one transaction under row-level security, statements per answer (set_config not counted): ${counts.join(', ')}.`,
      'Hand-written SQL: on an owner connection (row-level security bypassed), the organisation and the period bounds as constants (for appointments the instants of the period computed once), the same figures; of the shapes tried the fastest by median is the floor (all are printed by the run). Each round times one call of each — the answer over HTTP, the fixed-cost read, each SQL shape — so a burst of other work on the shared machine falls on all alike. The ratio is HTTP ÷ that SQL, so it includes HTTP, the session look-up, the tenant transaction and JSON. Same figures: every number of the answer equals the SQL’s (occupancy per site, totals, per-site people, open days and capacity, services, counts per discipline and status, people seen).',
      "Where the drop-in statistics spend their time (BENCH_EXPLAIN=1 prints the plans): three statements — distinct people (a sort of every visit’s person, beyond work_mem on all sites), services (from their own day index), and per site the people and open days. The tenant policy reads the organisation once per statement (`(SELECT kontakt_current_org())`, migration 0019, decision 016: before, it was evaluated on every row a scan read, 364 ms for all sites); each service row carries its visit's day and site (migration 0020), so the services are summed from their own day index without the visits; what is left is the SQL itself.",
      `Budget: ≤ ${budgetMs} ms, the outreach report's (engineering.md, "Performance budgets"), for each answer; the ratio is reported beside the outreach report's ${ratioBudget} but is not a budget here — for answers of a few milliseconds it is mostly what every signed-in read costs (the row \`GET /api/me/sessions\`), hence also the ratio without that cost. The day sheet and the calendar have no budget (shown for information).`,
      `PostgreSQL ${settings.v}: shared_buffers=${settings.sb}, work_mem=${settings.wm}, jit=${settings.jit}, max_parallel_workers_per_gather=${settings.par} (the embedded cluster's defaults).`,
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (shared with other engineers' work; run under \`flock /tmp/kontakt-bench.lock\`).`,
    ];
    return { title: 'Occupancy and one-year drop-in and counselling statistics', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await logged.destroy().catch(() => undefined);
    await dbs.ownerPool.end().catch(() => undefined);
    forget();
    await s.close();
  }
}
