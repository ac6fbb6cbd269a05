import os from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { OutreachStatistics } from '../core/schemas/outreach-stats';
import { refreshOutreachRollups } from '../server/src/modules/outreach/rollup';
import { outreachStatistics } from '../server/src/modules/outreach/statistics';
import { openDatabases } from '../server/src/platform/db/pool';
import { withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import { generateContacts } from './generate/contacts';
import { type BenchResult, machine, median, ms, onCleanup, range } from './lib';
import { ownerPool, signedIn, startOutreachServer } from './outreach-session';

/**
 * One-year outreach statistics over 1,000,000 contacts (three years, one organisation),
 * after the rollup job has folded the generated data: the API over HTTP and the service in
 * `withTenant` (app role, RLS) against the best hand-written SQL on the raw tables, the
 * service counting every contact, a period with a dirty day, and the fold itself (whole data
 * set, one day). Run: `npm run bench -- outreach-statistics`
 * (BENCH_CONTACTS, BENCH_CLIENTS, BENCH_RUNS, BENCH_LIVE_RUNS; BENCH_EXPLAIN=1 prints the plans).
 */
const contacts = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const clients = Number(process.env.BENCH_CLIENTS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const liveRuns = Number(process.env.BENCH_LIVE_RUNS ?? 2);
const groupings = ['none', 'channel', 'target_group'] as const;
type Grouping = (typeof groupings)[number];

async function times(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans, caches
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Hand-written SQL for the same figures; period bounds computed once, organisation filter explicit. */
function handQueries(groupBy: Grouping): string[] {
  const period = `c.organisation_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3`;
  // Totals and groups in one pass each (GROUPING SETS), as the answer carries both.
  const totals = (key: string) => [
    `SELECT ${key} AS key, count(*)::int AS contacts, count(DISTINCT c.client_id)::int AS unique_people,
       count(DISTINCT c.client_id) FILTER (WHERE c.kind = 'first')::int AS new_people,
       COALESCE(sum(c.head_count), 0)::int AS anonymous
     FROM contacts c WHERE ${period} GROUP BY GROUPING SETS ((), (1))`,
    `SELECT ${key} AS key, m.material_id, sum(m.quantity)::int AS quantity
     FROM contacts c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
     WHERE ${period} GROUP BY GROUPING SETS ((2), (1, 2))`,
  ];
  if (groupBy === 'none')
    return [
      `SELECT count(*)::int AS contacts, count(DISTINCT c.client_id)::int AS unique_people,
         count(DISTINCT c.client_id) FILTER (WHERE c.kind = 'first')::int AS new_people,
         COALESCE(sum(c.head_count), 0)::int AS anonymous
       FROM contacts c WHERE ${period}`,
      `SELECT m.material_id, sum(m.quantity)::int AS quantity
       FROM contacts c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
       WHERE ${period} GROUP BY 1`,
    ];
  if (groupBy === 'channel') return totals('c.channel');
  // Aggregate per person first (≤ 100,000 rows), then fan out over the person's target groups.
  return [
    ...handQueries('none'),
    `WITH per_person AS (
       SELECT c.client_id, count(*) AS n, bool_or(c.kind = 'first') AS first
       FROM contacts c WHERE ${period} AND c.client_id IS NOT NULL GROUP BY 1)
     SELECT tg::text AS key, sum(pp.n)::int AS contacts, count(*)::int AS unique_people,
       count(*) FILTER (WHERE pp.first)::int AS new_people, 0 AS anonymous
     FROM per_person pp JOIN clients p ON p.organisation_id = $1 AND p.id = pp.client_id
     CROSS JOIN LATERAL unnest(p.target_group_ids) AS tg GROUP BY 1
     UNION ALL
     SELECT g->>'targetGroupId', count(*)::int, 0, 0, sum((g->>'count')::int)::int
     FROM contacts c CROSS JOIN LATERAL jsonb_array_elements(c.breakdown->'targetGroups') AS g
     WHERE ${period} AND c.kind = 'anonymous' GROUP BY 1`,
    `WITH per_person AS (
       SELECT c.client_id, m.material_id, sum(m.quantity) AS q
       FROM contacts c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
       WHERE ${period} AND c.client_id IS NOT NULL GROUP BY 1, 2)
     SELECT tg::text AS key, pp.material_id, sum(pp.q)::int AS quantity
     FROM per_person pp JOIN clients p ON p.organisation_id = $1 AND p.id = pp.client_id
     CROSS JOIN LATERAL unnest(p.target_group_ids) AS tg GROUP BY 1, 2`,
  ];
}

/** Same figures, key by key: contacts summed over groups, quantities summed over groups' materials. */
function sums(groupBy: Grouping, service: OutreachStatistics, hand: pg.QueryResult[]) {
  const svcContacts =
    groupBy === 'none' ? (service.totals.contacts ?? 0) : service.groups.reduce((n, g) => n + (g.contacts ?? 0), 0);
  // none: the totals row; channel: the group rows (key not null); target_group: statements 3 and 4.
  const groupRows = (r: pg.QueryResult) => (groupBy === 'channel' ? r.rows.filter((x) => x.key !== null) : r.rows);
  const [hc, hm] = groupBy === 'target_group' ? [hand[2]!, hand[3]!] : [hand[0]!, hand[1]!];
  const handContacts = groupRows(hc).reduce((n, r) => n + Number(r.contacts), 0);
  const svcQty = (groupBy === 'none' ? [service.totals] : service.groups).reduce(
    (n, g) => n + g.materials.reduce((k, m) => k + (m.quantity ?? 0), 0),
    0,
  );
  const handQty = groupRows(hm).reduce((n, r) => n + Number(r.quantity), 0);
  return { same: svcContacts === handContacts && svcQty === handQty, svcContacts, handContacts, svcQty, handQty };
}

const scopeAll = { userId: '00000000-0000-0000-0000-000000000000', scope: 'all' as const, suppress: false };

export async function runOutreachStatistics(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const s = await startOutreachServer();
  const owner: pg.Pool = ownerPool(s.ownerUrl, 2);
  const dbs = openDatabases(s.ownerUrl, s.appUrl, 2);
  // The same app pool with Kysely's log: the statements the service sends, for EXPLAIN.
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
    const generated = await generateContacts({
      ownerUrl: s.ownerUrl,
      slug: 'demo',
      contacts,
      clients,
      log: console.log,
    });
    console.log(`  generated in ${ms(generated.ms)}`);
    await owner.query('VACUUM (ANALYZE) contacts, contact_materials, clients');
    const org = generated.organisationId;
    const tz = (await owner.query('SELECT time_zone FROM organisations WHERE id = $1', [org])).rows[0].time_zone;
    // The last twelve whole months before the generated data ends.
    const end = new Date(generated.to.getTime());
    const toDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const fromDay = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), 1)).toISOString().slice(0, 10);
    const bounds = (
      await owner.query(
        `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS lo, ($2::date + 1)::timestamp AT TIME ZONE $3 AS hi`,
        [fromDay, toDay, tz],
      )
    ).rows[0] as { lo: Date; hi: Date };
    const inYear = (
      await owner.query(
        'SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1 AND occurred_at >= $2 AND occurred_at < $3',
        [org, bounds.lo, bounds.hi],
      )
    ).rows[0].n as number;
    console.log(`  period ${fromDay} – ${toDay}: ${inYear} contacts`);

    // The rollup job's work: the whole data set once (what its first run does), then one logged day.
    const tFull = performance.now();
    const full = await refreshOutreachRollups(dbs.app, org, { full: true });
    const fullMs = performance.now() - tFull;
    await owner.query(
      'VACUUM (ANALYZE) outreach_daily, outreach_daily_materials, outreach_monthly, outreach_monthly_materials, outreach_people_monthly, outreach_person_numbers',
    );
    const { rows: sizes } = await owner.query<{ rows: string; size: string }>(`
      SELECT sum(n_live_tup)::text AS rows, pg_size_pretty(sum(pg_total_relation_size(relid))) AS size
      FROM pg_stat_user_tables WHERE relname LIKE 'outreach_%'`);
    console.log(`  full fold ${ms(fullMs)} (${full.days} days, ${full.months} months)`);
    const oneDay = async () => {
      // A contact recorded or corrected on a day in the middle of the period: the trigger's log row.
      await owner.query(
        `INSERT INTO outreach_dirty (organisation_id, occurred_at)
         SELECT organisation_id, occurred_at FROM contacts WHERE organisation_id = $1 AND occurred_at >= $2 LIMIT 1`,
        [org, new Date((bounds.lo.getTime() + bounds.hi.getTime()) / 2)],
      );
      const t0 = performance.now();
      const r = await refreshOutreachRollups(dbs.app, org);
      if (r.mode !== 'days' || r.days !== 1) throw new Error(`one-day fold did ${JSON.stringify(r)}`);
      return performance.now() - t0;
    };
    const tDay: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = await oneDay();
      if (i > 0) tDay.push(t); // the first is a warm-up
    }
    console.log(`  one-day fold ${ms(median(tDay))}`);

    // HTTP: a user whose scope is "all" without TOTP if there is one, else the outreach worker (team scope).
    let who = 'counsellor.psych@demo.kontakt.test';
    let headers: Record<string, string>;
    try {
      headers = await signedIn(s.server.url, who);
    } catch {
      who = 'outreach@demo.kontakt.test';
      headers = await signedIn(s.server.url, who);
    }
    const rows: BenchResult['rows'] = [];
    const notes: string[] = [];
    const label = `${runs} (+1 warm-up)`;
    const service = (groupBy: Grouping, rollups: boolean) =>
      withTenant(dbs.app, { organisationId: org, userId: null }, (tx) =>
        outreachStatistics(tx, org, scopeAll, { from: fromDay, to: toDay, groupBy }, { rollups }),
      );
    for (const groupBy of groupings) {
      let folded: OutreachStatistics | undefined;
      const tService = await times(runs, async () => {
        folded = await service(groupBy, true);
      });
      const path = `/api/outreach/statistics?from=${fromDay}&to=${toDay}&groupBy=${groupBy}`;
      let httpStatus = 0;
      const tHttp = await times(runs, async () => {
        const r = await fetch(`${s.server.url}${path}`, { headers });
        httpStatus = r.status;
        await r.arrayBuffer();
      });
      const sqls = handQueries(groupBy);
      let hand: pg.QueryResult[] = [];
      const tHand = await times(runs, async () => {
        hand = [];
        for (const q of sqls) hand.push(await owner.query(q, [org, bounds.lo, bounds.hi]));
      });
      // The service counting everything from the contacts (what it did before the rollups).
      let liveAnswer: OutreachStatistics | undefined;
      const tLive = await times(liveRuns, async () => {
        liveAnswer = await service(groupBy, false);
      });
      const check = sums(groupBy, folded!, hand);
      const sameAsLive = JSON.stringify(folded) === JSON.stringify(liveAnswer);
      const tS = median(tService);
      const tH = median(tHand);
      const tHt = median(tHttp);
      console.log(
        `  ${groupBy}: service ${ms(tS)}, http ${ms(tHt)} (${httpStatus}), hand ${ms(tH)}, live ${ms(median(tLive))}, same as hand ${check.same}, as live ${sameAsLive}`,
      );
      const differ = `${check.same ? '' : `; FIGURES DIFFER from the SQL (${JSON.stringify(check)})`}${sameAsLive ? '' : '; ANSWER DIFFERS from the live count'}`;
      rows.push({
        what: `one-year statistics, groupBy=${groupBy}: \`GET /api/outreach/statistics\` (${who.split('@')[0]}, scope all), rollups folded`,
        median: `${ms(tHt)} (${range(tHttp)})`,
        runs: label,
        budget: '≤ 500 ms; ratio ≤ 1.5',
        comparedWith: `hand-written SQL on the raw tables ${ms(tH)} (${range(tHand)}); ratio ${(tHt / tH).toFixed(2)}; HTTP status ${httpStatus}${differ}`,
        verdict:
          httpStatus === 200
            ? `${tHt <= 500 ? 'pass' : 'FAIL'} budget; ${tHt / tH <= 1.5 ? 'pass' : 'FAIL'} ratio`
            : `not measured (${httpStatus})`,
      });
      rows.push({
        what: `groupBy=${groupBy}: \`outreachStatistics\` in \`withTenant\` (app role, RLS), rollups folded`,
        median: `${ms(tS)} (${range(tService)})`,
        runs: label,
        budget: '≤ 500 ms',
        comparedWith: `the same counting every contact (\`rollups: false\`, the path before migration 0008) ${ms(median(tLive))} (${range(tLive)}), ${liveRuns} (+1) runs; same answer: ${sameAsLive ? 'yes' : 'NO'}`,
        verdict: `${tS <= 500 ? 'pass' : 'FAIL'}; ${(median(tLive) / tS).toFixed(1)} × faster than counting every contact`,
      });
    }
    // Freshness, through the triggers as the API's writes fire them: (a) a contact recorded on the
    // period's last day, (b) then a contact of that day corrected; neither folded yet.
    await owner.query(
      `INSERT INTO contacts (organisation_id, id, kind, occurred_at, channel, head_count)
       VALUES ($1, gen_random_uuid(), 'anonymous', $2, 'street', 2)`,
      [org, new Date(bounds.hi.getTime() - 3_600_000)],
    );
    const fresh = async (what: string, detail: string) => {
      for (const groupBy of groupings) {
        const t = await times(runs, () => service(groupBy, true));
        rows.push({
          what: `groupBy=${groupBy}: service, ${what}`,
          median: `${ms(median(t))} (${range(t)})`,
          runs: label,
          budget: '≤ 500 ms',
          comparedWith: detail,
          verdict: median(t) <= 500 ? 'pass' : 'FAIL',
        });
      }
    };
    await fresh(
      'a contact recorded on the last day, not folded yet',
      'that day counted from the contacts; its month keeps its folded people (contacts were only added)',
    );
    await owner.query(
      `UPDATE contacts SET channel = 'phone' WHERE organisation_id = $1 AND id = (SELECT id FROM contacts
         WHERE organisation_id = $1 AND occurred_at < $2 AND kind <> 'anonymous' ORDER BY occurred_at DESC LIMIT 1)`,
      [org, bounds.hi],
    );
    await fresh(
      'a contact of the last day corrected, not folded yet',
      "that day counted from the contacts, and that month's people too (a correction may remove someone)",
    );
    await refreshOutreachRollups(dbs.app, org);
    rows.push({
      what: "rollup refresh: the whole data set (the job's first run, or after a time-zone change)",
      median: ms(fullMs),
      runs: '1',
      budget: '—',
      comparedWith: `${full.days} days, ${full.months} months; rollup tables ${sizes[0]?.rows ?? '?'} rows, ${sizes[0]?.size ?? '?'}`,
      verdict: 'informational',
    });
    rows.push({
      what: "rollup refresh: one logged day (its daily rows, its month's people and sums)",
      median: `${ms(median(tDay))} (${range(tDay)})`,
      runs: label,
      budget: '—',
      comparedWith: 'the job runs every minute; until then the day is counted from the contacts',
      verdict: 'informational',
    });
    if (process.env.BENCH_EXPLAIN) {
      const explain = async (label: string, statements: { sql: string; parameters: readonly unknown[] }[]) => {
        const app = await dbs.appPool.connect();
        try {
          await app.query('BEGIN');
          await app.query(
            `SELECT set_config('kontakt.organisation_id', $1, true), set_config('work_mem', '64MB', true)`,
            [org],
          );
          for (const q of statements) {
            const { rows: plan } = await app.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]);
            console.log(`\n-- ${label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
          }
          await app.query('ROLLBACK');
        } finally {
          app.release();
        }
      };
      for (const groupBy of groupings) {
        captured.length = 0;
        await withTenant(logged, { organisationId: org, userId: null }, (tx) =>
          outreachStatistics(tx, org, scopeAll, { from: fromDay, to: toDay, groupBy }),
        );
        await explain(`service ${groupBy}`, captured.filter((q) => /^\s*(WITH|SELECT)/.test(q.sql)).slice(-3));
      }
      for (const q of handQueries('target_group')) {
        const { rows: plan } = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, [org, bounds.lo, bounds.hi]);
        console.log(`\n-- hand\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
    notes.push(
      `Data: ${generated.contacts} contacts over three years in organisation \`demo\` (${generated.clients} active clients, ${generated.materials} contact_materials rows; \`bench/generate/contacts.ts\`, COPY, triggers off), generated in ${ms(generated.ms)}; the period ${fromDay} – ${toDay} (twelve whole months) holds ${inYear} contacts. The generator picks worker, team, area and channel of each contact independently, the worst case for rollups by team × channel/area.`,
      'Before timing: `VACUUM (ANALYZE)` of the raw tables, one full fold (`refreshOutreachRollups(db, org, { full: true })`, what the job does on its first run), `VACUUM (ANALYZE)` of the rollup tables. Every timed statistics call then finds no dirty day, except in the rows with a contact recorded or corrected on the last day (written as owner with the triggers on, as the API writes fire them).',
      'Hand-written SQL: on the raw tables (`contacts`, `contact_materials`, `clients`), owner connection (no RLS), period bounds computed once, organisation as a constant; grouped figures with `GROUPING SETS`, target groups aggregated per person before fanning out — the best single-pass SQL without pre-aggregation. The ratio is HTTP ÷ that SQL.',
      `How it is answered (migration 0008, \`server/src/modules/outreach/rollup.ts\`): triggers on \`contacts\`, \`contact_materials\` and clients' target groups append the instant of each change to \`outreach_dirty\` (no unique key and no shared row, so concurrent recordings wait on nothing); the job folds the logged days into daily and monthly figures and materials by team × channel / area / target group, and per month a bitmap of who was met (dense person numbers, 4096 per chunk). A request reads monthly rows for whole clean months, daily rows for the other clean days and the contacts for dirty days; people are the OR of the months' bitmaps plus the live people whose bit is not set. A day dirtied only by contacts added keeps its month's folded people; a correction sends that month's people to the contacts until the next fold.`,
      'Same figures: contacts and material quantities equal to the hand-written SQL for every grouping, and the whole answer equal to the service counting every contact (`rollups: false`).',
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (shared with other engineers' benchmarks, run under \`flock /tmp/kontakt-bench.lock\`).`,
    );
    return { title: 'Outreach statistics (one year over 1,000,000 contacts)', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await dbs.close().catch(() => undefined);
    forget();
    await s.close();
  }
}
