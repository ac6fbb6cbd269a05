import os from 'node:os';
import pg from 'pg';
import { searchName } from '../core/clients/search-name';
import { appLoginRole } from '../server/src/platform/db/app-role';
import { signIn } from './api-session';
import { buildInputs } from './client-search-inputs';
import { createOps, type Op, type OpName } from './client-search-ops';
import { clientSearchRows, type Measured } from './client-search-report';
import { explainStatements, type PlanReport, type Plans } from './explain';
import { generateClients, organisationIdBySlug } from './generate/clients';
import { benchDatabase } from './generate/database';
import { timeCalls } from './latency';
import { type BenchResult, demoPassword, freePort, ms, onCleanup, removeDir, startServer, tempDir } from './lib';

/**
 * Finding people on 100,000 clients: a real server on a fresh folder, the demo
 * organisation filled by the generator, an outreach worker signed in, then each
 * operation timed over HTTP (sequential and 8 concurrent callers) beside the
 * same work done by the service in-process and by the SQL alone through `pg`.
 */
// For a quick try only (the figures in docs/performance.md use the defaults).
const clientCount = Number(process.env.KONTAKT_BENCH_CLIENTS ?? 100_000);
const runs = Number(process.env.KONTAKT_BENCH_RUNS ?? 5);
/** Calls per run: over HTTP with one caller and with `concurrency` callers; service and floor with fewer. */
const sequential = 200;
const concurrent = 200;
const concurrency = 8;
const serviceCalls = 50;
const floorCalls = { sequential: 50, concurrent: 100 };
const warmup = 20;
/** Search inputs whose statements are EXPLAINed after the runs, per kind. */
const explained = 100;
const worker = 'outreach@demo.kontakt.test';
const asAppRole = [`SET LOCAL ROLE ${appLoginRole('kontakt')}`];

/**
 * The statement the service ran for a pseudonym before migration 0007 (trigram tests on `clients` itself, under
 * row-level security), for the same term: its plan is shown beside the new one.
 */
function statementBefore0007(q: string) {
  const term = searchName(q);
  return {
    sql:
      'SELECT id, pseudonym, status, code_kind, target_group_ids, similarity(search_name, $1) AS score FROM clients ' +
      'WHERE (search_name LIKE $2 OR search_name % $3 OR $4 <% search_name) AND status NOT IN ($5, $6, $7) ' +
      'ORDER BY score DESC, updated_at DESC LIMIT $8',
    parameters: [term, `${term.replace(/[\\%_]/g, '\\$&')}%`, term, term, 'merged', 'anonymised', 'closed', 20],
  };
}

async function measureOp(op: Op, sessions: Awaited<ReturnType<typeof signIn>>[], floors: pg.Client[]) {
  return {
    httpSeq: await timeCalls(sequential, 1, (i) => op.http(sessions[0]!, i)),
    // The concurrent callers ask the next inputs, not the ones just asked.
    httpConc: await timeCalls(concurrent, concurrency, (i, w) => op.http(sessions[w]!, sequential + i)),
    service: await timeCalls(serviceCalls, 1, (i) => op.service(i)),
    floorSeq: await timeCalls(floorCalls.sequential, 1, (i) => op.floor(floors[0]!, i)),
    floorConc: await timeCalls(floorCalls.concurrent, concurrency, (i, w) => op.floor(floors[w]!, sequential + i)),
  };
}

export async function runClientSearch(): Promise<BenchResult> {
  const dir = await tempDir();
  const forgetDir = onCleanup(() => removeDir(dir));
  const dbPort = await freePort();
  const server = await startServer(dir, { KONTAKT_DB_PORT: String(dbPort) });
  const floors: pg.Client[] = [];
  let closeOps: () => Promise<void> = async () => {};
  try {
    const db = benchDatabase(dir, dbPort);
    const organisationId = await organisationIdBySlug(db.ownerUrl, 'demo');
    console.log(`  generating ${clientCount.toLocaleString('en')} clients…`);
    const generated = await generateClients({ ...db, organisationId, count: clientCount, samples: 12_000 });
    console.log(
      `  generated in ${ms(generated.ms.total)} (${JSON.stringify(generated.ms, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))})`,
    );

    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const facts = await (async () => {
      try {
        const user = await owner.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [worker]);
        const groups = await owner.query<{ id: string }>(
          "SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'target_group' ORDER BY sort_order",
          [organisationId],
        );
        const sizes = await owner.query<{ table: string; index: string; trgm: string; prefix: string }>(
          `SELECT pg_size_pretty(pg_relation_size('clients')) AS table,
                  pg_size_pretty(pg_indexes_size('clients')) AS index,
                  pg_size_pretty(pg_relation_size('clients_search_trgm')) AS trgm,
                  pg_size_pretty(pg_relation_size('clients_search_prefix')) AS prefix`,
        );
        const names = await owner.query<{ distinct: number; top: string; count: number }>(
          `SELECT (SELECT count(DISTINCT search_name)::int FROM clients WHERE organisation_id = $1) AS distinct,
                  search_name AS top, count(*)::int AS count
           FROM clients WHERE organisation_id = $1 GROUP BY search_name ORDER BY count(*) DESC LIMIT 1`,
          [organisationId],
        );
        return {
          userId: user.rows[0]!.id,
          groups: groups.rows.map((r) => r.id),
          sizes: { ...sizes.rows[0]!, ...names.rows[0]! },
        };
      } finally {
        await owner.end();
      }
    })();

    const sessions = [];
    for (let i = 0; i < concurrency; i++) sessions.push(await signIn(server.url, worker, demoPassword));
    const searchPool = generated.samples.slice(0, 4000);
    const editPool = generated.samples.slice(4000);
    const inputs = buildInputs(searchPool, editPool, facts.groups, sequential + concurrent);
    const ctx = { ...db, organisationId, userId: facts.userId };
    const o = createOps(ctx, inputs);
    closeOps = o.close;
    const used = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
    await o.prepare([
      ...used(0, Math.max(explained, floorCalls.sequential, warmup)),
      ...used(sequential, floorCalls.concurrent),
    ]);
    for (let i = 0; i < concurrency; i++) {
      const c = new pg.Client({ connectionString: db.appUrl });
      await c.connect();
      floors.push(c);
    }

    // Warm-up: JIT, pools, plan caches, the keyring; not counted.
    for (const op of o.ops) {
      for (let i = 0; i < warmup; i++) {
        await op.http(sessions[i % concurrency]!, i);
        await op.service(i);
        await op.floor(floors[0]!, i);
      }
    }
    for (const stats of Object.values(o.recall)) Object.assign(stats, { asked: 0, found: 0, results: 0 });

    const measured = new Map<OpName, Measured[]>();
    const loads: number[] = [];
    for (let run = 0; run < runs; run++) {
      loads.push(os.loadavg()[0]!);
      const load = loads.at(-1)!.toFixed(1);
      const t0 = performance.now();
      for (const op of o.ops) {
        const m = await measureOp(op, sessions, floors);
        measured.set(op.name, [...(measured.get(op.name) ?? []), m]);
      }
      const line = o.ops.map((op) => `${op.name} ${ms(measured.get(op.name)!.at(-1)!.httpSeq.p95)}`).join(', ');
      console.log(`  run ${run + 1}/${runs} (${ms(performance.now() - t0)}, load ${load}): p95 sequential ${line}`);
    }

    const tenant = { organisationId, userId: facts.userId };
    const plans = new Map<OpName, { app: Plans; before: PlanReport | null }>();
    for (const [name, list] of [
      ['code', inputs.code],
      ['typo', inputs.typo],
      ['prefix', inputs.prefix],
      ['prefix2', inputs.prefix2],
    ] as const) {
      const sample = list.slice(0, explained);
      const statements = sample.flatMap((input) => o.statementsOf(input));
      const pseudonym = name !== 'code';
      plans.set(name, {
        // As the application role (the owner takes the role in the transaction, so it may LOAD auto_explain to
        // report the statement inside the definer function too).
        app: await explainStatements(db.ownerUrl, tenant, statements, asAppRole, { nested: pseudonym }),
        before: pseudonym
          ? (
              await explainStatements(
                db.appUrl,
                tenant,
                sample.map((input) => statementBefore0007(input.body.q!)),
              )
            ).statement
          : null,
      });
    }

    return clientSearchRows({
      clientCount,
      runs,
      sequential,
      concurrent,
      concurrency,
      serviceCalls,
      floorCalls,
      generated,
      sizes: facts.sizes,
      measured,
      loads,
      plans,
      recall: o.recall,
    });
  } finally {
    for (const c of floors) await c.end().catch(() => undefined);
    await closeOps();
    await server.stop();
    await removeDir(dir);
    forgetDir();
  }
}
