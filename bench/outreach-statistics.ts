import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type pg from 'pg';
import { outreachStatistics } from '../server/src/modules/outreach/statistics';
import { openDatabases } from '../server/src/platform/db/pool';
import { withTenant } from '../server/src/platform/db/tenancy';
import { generateContacts } from './generate/contacts';
import { type BenchResult, machine, median, ms, onCleanup, range } from './lib';
import { ownerPool, signedIn, startOutreachServer } from './outreach-session';

/**
 * One-year outreach statistics over 1,000,000 contacts (three years, one organisation):
 * the service function inside `withTenant` (app role, RLS), the same through HTTP as a
 * signed-in user, and the best hand-written SQL for the same figures on the owner connection.
 * Run: `npx tsx bench/outreach-statistics.ts` (BENCH_CONTACTS, BENCH_RUNS to change).
 */
const contacts = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const clients = Number(process.env.BENCH_CLIENTS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
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

export async function runOutreachStatistics(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const s = await startOutreachServer();
  const owner: pg.Pool = ownerPool(s.ownerUrl, 2);
  const dbs = openDatabases(s.ownerUrl, s.appUrl, 2);
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
    // The last full year before the generated data ends.
    const toDay = new Date(generated.to.getTime() - 86_400_000).toISOString().slice(0, 10);
    const fromDay = new Date(generated.to.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
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
    for (const groupBy of groupings) {
      const query = { from: fromDay, to: toDay, groupBy };
      let service: Awaited<ReturnType<typeof outreachStatistics>> | undefined;
      const tService = await times(runs, async () => {
        service = await withTenant(dbs.app, { organisationId: org, userId: null }, (tx) =>
          outreachStatistics(
            tx,
            org,
            { userId: '00000000-0000-0000-0000-000000000000', scope: 'all', suppress: false },
            query,
          ),
        );
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
      // Same figures? Compare the totals (none) or the sum of group contacts.
      const svcContacts =
        groupBy === 'none'
          ? (service?.totals.contacts ?? 0)
          : (service?.groups ?? []).reduce((n, g) => n + (g.contacts ?? 0), 0);
      // none: the totals row; channel: the group rows (key not null); target_group: statements 3 and 4.
      const groupRows = (r: pg.QueryResult) => (groupBy === 'channel' ? r.rows.filter((x) => x.key !== null) : r.rows);
      const [hc, hm] = groupBy === 'target_group' ? [hand[2]!, hand[3]!] : [hand[0]!, hand[1]!];
      const handContacts = groupRows(hc).reduce((n, r) => n + Number(r.contacts), 0);
      const svcQty = (groupBy === 'none' ? [service!.totals] : service!.groups).reduce(
        (n, g) => n + g.materials.reduce((k, m) => k + (m.quantity ?? 0), 0),
        0,
      );
      const handQty = groupRows(hm).reduce((n, r) => n + Number(r.quantity), 0);
      const same = svcContacts === handContacts && svcQty === handQty;
      const tS = median(tService);
      const tH = median(tHand);
      console.log(
        `  ${groupBy}: service ${ms(tS)}, http ${ms(median(tHttp))} (${httpStatus}), hand ${ms(tH)}, same figures ${same} (${svcContacts}/${handContacts}, ${svcQty}/${handQty})`,
      );
      rows.push({
        what: `one-year statistics, groupBy=${groupBy}: service in withTenant (scope all)`,
        median: `${ms(tS)} (${range(tService)})`,
        runs: label,
        budget: '≤ 500 ms; ratio ≤ 1.5',
        comparedWith: `hand-written SQL ${ms(tH)} (${range(tHand)}); ratio ${(tS / tH).toFixed(2)}${same ? '' : '; FIGURES DIFFER'}`,
        verdict: `${tS <= 500 ? 'pass' : 'FAIL'} budget; ${tS / tH <= 1.5 ? 'pass' : 'FAIL'} ratio`,
      });
      rows.push({
        what: `one-year statistics, groupBy=${groupBy}: \`GET /api/outreach/statistics\` (${who.split('@')[0]})`,
        median: `${ms(median(tHttp))} (${range(tHttp)})`,
        runs: label,
        budget: '≤ 500 ms',
        comparedWith: `service ${ms(tS)}; HTTP status ${httpStatus}`,
        verdict: httpStatus === 200 ? (median(tHttp) <= 500 ? 'pass' : 'FAIL') : `not measured (${httpStatus})`,
      });
    }
    // Plans for the evidence: the service's statements as it sends them (app role, RLS), and the hand-written ones.
    if (process.env.BENCH_EXPLAIN) {
      const period = `c.occurred_at >= ($1::date)::timestamp AT TIME ZONE $3 AND c.occurred_at < ($2::date + 1)::timestamp AT TIME ZONE $3 AND true`;
      const service = [
        `SELECT NULL::text AS key, count(*)::int AS contacts, count(DISTINCT c.client_id)::int AS unique_people,
           count(DISTINCT c.client_id) FILTER (WHERE c.kind = 'first')::int AS new_people,
           COALESCE(sum(c.head_count), 0)::int AS anonymous FROM contacts c WHERE ${period} GROUP BY 1 ORDER BY 1 NULLS LAST`,
        `SELECT NULL::text AS key, m.material_id, sum(m.quantity)::int AS quantity
         FROM contacts c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
         WHERE ${period} GROUP BY 1, 2 ORDER BY 2`,
        `SELECT tg::text AS key, m.material_id, sum(m.quantity)::int AS quantity
         FROM contacts c JOIN clients p ON p.organisation_id = c.organisation_id AND p.id = c.client_id
         CROSS JOIN LATERAL unnest(p.target_group_ids) AS tg
         JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
         WHERE ${period} GROUP BY 1, 2 ORDER BY 2`,
      ];
      const app = await dbs.appPool.connect();
      try {
        await app.query('BEGIN');
        await app.query(`SELECT set_config('kontakt.organisation_id', $1, true)`, [org]);
        for (const q of service) {
          const { rows: plan } = await app.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, [fromDay, toDay, tz]);
          console.log(`\n-- service\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
        await app.query('ROLLBACK');
      } finally {
        app.release();
      }
      for (const q of handQueries('target_group')) {
        const { rows: plan } = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, [org, bounds.lo, bounds.hi]);
        console.log(`\n-- hand\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
    notes.push(
      `Data: ${generated.contacts} contacts over three years in organisation \`demo\` (${generated.clients} active clients, ${generated.materials} contact_materials rows), generated with COPY in ${ms(generated.ms)}; period ${fromDay} – ${toDay} holds ${inYear} contacts.`,
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after.`,
    );
    return { title: 'Outreach statistics', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await dbs.close().catch(() => undefined);
    forget();
    await s.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runOutreachStatistics().then(
    (r) => {
      console.log(`\n### ${r.title}\n`);
      console.log('| what | median (min – max) | runs | budget | compared with | verdict |\n|---|---|---|---|---|---|');
      for (const row of r.rows)
        console.log(
          `| ${row.what} | ${row.median} | ${row.runs} | ${row.budget} | ${row.comparedWith} | ${row.verdict} |`,
        );
      for (const n of r.notes) console.log(`- ${n}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
