import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { checkInBody } from '../core/schemas/visits';
import { checkIn } from '../server/src/modules/dropin/index';
import { openDatabases } from '../server/src/platform/db/pool';
import { withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import { treeCpu } from './cpu';
import { dataNote, startIndoorServer } from './indoor-data';
import { type BenchResult, machine, median, ms, onCleanup, range } from './lib';
import { type LoadSummary, repeatRuns } from './load-runs';
import { openLoop } from './open-loop';
import { ownerPool, signedIn } from './outreach-session';
import type { Run } from './record-contact-load';

/**
 * Check-in at the reception desk at 32 concurrent clients: `POST /api/visits` (a known
 * person, or one time in five an anonymous head count, with one or two services) on the
 * generated data set, against the same rows — the visit, its services, the audit event —
 * inserted directly with `pg` over a 32-connection pool. Open loop (Poisson arrivals at
 * 1 and 4 a second per client) as for recording a contact; then a closed loop and one
 * connection for the ceiling and the cost of one. Every request is a real check-in: the
 * people rotate (each checked in once per round, at another site each round), so none is
 * refused as already in; any non-2xx counts as an error. The audit sealing job runs.
 * Run: `npm run bench -- check-in` (BENCH_SECONDS, BENCH_RUNS, BENCH_JOBS).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** Check-ins a second per client: 1 is already a queue at every desk of the city at once; 4 the stress case. */
const paces = [1, 4];
const budgetMs = 25;
const connections = 32;
/** The audit sealing job runs as in production; BENCH_JOBS=off to see what it costs. */
const jobs = process.env.BENCH_JOBS ?? 'on';
const email = 'reception@demo.kontakt.test';
/** The sites with a reception desk (the flats have none). */
const deskSites = ['drop_in_centre', 'day_centre', 'sanitary_point', 'warming_shelter', 'night_shelter', 'hostel'];

interface Fixture {
  org: string;
  userId: string;
  timeZone: string;
  sites: string[];
  services: string[];
  /** People not in anywhere now, regulars first. */
  people: string[];
}

async function fixture(pool: pg.Pool): Promise<Fixture> {
  const q = (sql: string, params: unknown[] = []) => pool.query(sql, params).then((r) => r.rows);
  const org = (await q(`SELECT id, time_zone FROM organisations WHERE slug = 'demo'`))[0] as {
    id: string;
    time_zone: string;
  };
  const userId = (await q('SELECT id FROM users WHERE organisation_id = $1 AND email = $2', [org.id, email]))[0]
    .id as string;
  const sites = (
    await q('SELECT id FROM sites WHERE organisation_id = $1 AND active AND type = ANY($2) ORDER BY name', [
      org.id,
      deskSites,
    ])
  ).map((r) => r.id as string);
  const services = (
    await q(
      `SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'service' AND active ORDER BY sort_order, id`,
      [org.id],
    )
  ).map((r) => r.id as string);
  const people = (
    await q(
      `SELECT c.id FROM clients c WHERE c.organisation_id = $1 AND c.status IN ('active', 'inactive')
         AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.organisation_id = c.organisation_id AND v.client_id = c.id
                           AND v.checked_out_at IS NULL)
       ORDER BY c.created_at, c.id`,
      [org.id],
    )
  ).map((r) => r.id as string);
  if (sites.length < 2 || services.length < 2 || people.length < 1000)
    throw new Error('demo data lacks sites, services or people');
  return { org: org.id, userId, timeZone: org.time_zone, sites, services, people };
}

/** The n-th check-in: one in five an anonymous head count; else the next person, at their site of this round. */
function nth(f: Fixture, n: number) {
  const services = [f.services[n % f.services.length]!, ...(n % 2 ? [f.services[(n + 1) % f.services.length]!] : [])];
  if (n % 5 === 4) return { siteId: f.sites[n % f.sites.length]!, clientId: null, headCount: 1 + (n % 3), services };
  const k = Math.floor(n / 5) * 4 + (n % 5);
  const round = Math.floor(k / f.people.length);
  // A person checked in twice at one site within a day is refused (409): each round moves everyone on.
  if (round >= f.sites.length) throw new Error(`check-in ${n}: every person has been checked in at every site`);
  const i = k % f.people.length;
  return { siteId: f.sites[(i + round) % f.sites.length]!, clientId: f.people[i]!, headCount: 1, services };
}

function body(f: Fixture, n: number): string {
  const c = nth(f, n);
  return JSON.stringify({ ...c, services: c.services.map((serviceId) => ({ serviceId, quantity: 1 })) });
}

/** POSTs over at most `clients` keep-alive connections, counting the answers by status. */
function poster(url: string, clients: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL(url);
  const statuses = new Map<string, number>();
  const tally = (s: string) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  return {
    statuses,
    post(path: string, headers: Record<string, string>, payload: string): Promise<boolean> {
      return new Promise((resolve) => {
        const request = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path,
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              tally(String(response.statusCode));
              resolve((response.statusCode ?? 500) < 300);
            });
          },
        );
        request.on('error', (error) => {
          tally(error.message);
          resolve(false);
        });
        request.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

/** `POST /api/visits` from `conns` connections back to back for `duration` seconds; `next` numbers the check-ins. */
async function closedLoop(
  url: string,
  headers: Record<string, string>,
  f: Fixture,
  next: () => number,
  duration: number,
  conns = connections,
): Promise<Run> {
  const result = await autocannon({
    url,
    connections: conns,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/visits',
        setupRequest: (request) => ({
          ...request,
          headers: { ...headers, 'content-type': 'application/json' },
          body: body(f, next()),
        }),
      },
    ],
  });
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

/** The rows of one check-in with `pg`, in one transaction: the visit, its services, the audit event. */
async function pgCheckIn(pool: pg.Pool, f: Fixture, day: string, n: number): Promise<void> {
  // The floor checks nothing, so the people need not move on: the first round's check-ins, over and over.
  const c = nth(f, n % f.people.length);
  const id = uuidv7();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO visits (organisation_id, id, site_id, client_id, head_count, visit_on, checked_in_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7, $7)`,
      [f.org, id, c.siteId, c.clientId, c.headCount, day, f.userId],
    );
    await client.query(
      `INSERT INTO visit_services (organisation_id, id, visit_id, service_id, quantity, recorded_at, recorded_by)
       SELECT $1, s.id, $2, s.service_id, 1, now(), $3 FROM unnest($4::uuid[], $5::uuid[]) AS s(id, service_id)`,
      [f.org, id, f.userId, c.services.map(() => uuidv7()), c.services],
    );
    // As auditWrite does: one insert, no lock (the trigger notes it for sealing).
    await client.query(
      `INSERT INTO audit_events (organisation_id, id, at, actor_user_id, ip, action, entity_type, entity_id, client_id, details)
       VALUES ($1, $2, now(), $3, '127.0.0.1', 'visit.checked_in', 'visit', $4, $5, $6)`,
      [
        f.org,
        uuidv7(),
        f.userId,
        id,
        c.clientId,
        JSON.stringify({ siteId: c.siteId, headCount: c.headCount, closedElsewhere: 0 }),
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function pgClosedLoop(pool: pg.Pool, f: Fixture, day: string, next: () => number, duration: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await pgCheckIn(pool, f, day, next());
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { rps: sorted.length / ((performance.now() - started) / 1000), p50: pct(0.5), p99: pct(0.99), bad: 0 };
}

/** The statements one check-in sends, by the service in-process (app role, RLS), as Kysely logs them. */
async function statementsOfCheckIn(ownerUrl: string, appUrl: string, f: Fixture, n: number) {
  const dbs = openDatabases(ownerUrl, appUrl, 1);
  const captured: string[] = [];
  const logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: dbs.appPool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query.sql);
    },
  });
  try {
    const count = async (input: ReturnType<typeof nth>) => {
      captured.length = 0;
      const ctx = {
        actor: { organisationId: f.org, userId: f.userId, sessionId: null, ip: '127.0.0.1' },
        userId: f.userId,
      };
      const parsed = checkInBody.parse({ ...input, services: input.services.map((serviceId) => ({ serviceId })) });
      await withTenant(logged, { organisationId: f.org, userId: f.userId }, (tx) => checkIn(tx, ctx, parsed));
      // Round trips, and the service's own statements (not BEGIN, the tenant's set_config, COMMIT).
      return {
        trips: captured.length,
        own: captured.filter((q) => !/^\s*(begin|commit|rollback|select set_config)/i.test(q)).length,
      };
    };
    // A regular's first visit today (their episode's last day moves), the same person at another site
    // (the visit there is checked out), and a head count.
    const person = nth(f, n);
    const regular = await count(person);
    const other = f.sites[(f.sites.indexOf(person.siteId) + 1) % f.sites.length]!;
    const elsewhere = await count({ ...person, siteId: other });
    const anonymous = await count({ ...person, clientId: null, headCount: 2 });
    return { regular, elsewhere, anonymous };
  } finally {
    await logged.destroy();
    await dbs.ownerPool.end().catch(() => undefined);
  }
}

export async function runCheckIn(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const data = await startIndoorServer({ KONTAKT_JOBS: jobs });
  const { s } = data;
  const owner = ownerPool(s.ownerUrl, 4);
  const pool32 = ownerPool(s.ownerUrl, connections);
  const forget = onCleanup(async () => {
    await owner.end().catch(() => undefined);
    await pool32.end().catch(() => undefined);
  });
  try {
    const url = s.server.url;
    const f = await fixture(owner);
    console.log(`  ${f.people.length} people to check in, ${f.sites.length} sites, ${f.services.length} services`);
    const headers = await signedIn(url, email);
    let sent = 0;
    const next = () => sent++;
    const startedAt = new Date();
    const check = await fetch(`${url}/api/visits`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: body(f, next()),
    });
    if (check.status !== 201) throw new Error(`POST /api/visits: ${check.status} ${await check.text()}`);
    const warm = await closedLoop(url, headers, f, next, 3); // warm-up
    if (warm.bad) throw new Error(`warm-up: ${warm.bad} check-ins not accepted`);
    const p = poster(url, connections);
    const paced = new Map<number, { api: LoadSummary; floor: LoadSummary }>();
    for (const pace of paces) {
      const api = await repeatRuns(`api ${connections} × ${pace}/s`, runs, (run) =>
        openLoop(connections * pace, seconds, () => p.post('/api/visits', headers, body(f, next())), run + 1),
      );
      paced.set(pace, { api, floor: api });
    }
    p.close();
    // CPU per check-in (server process tree: Node and the PostgreSQL backends), less sensitive to a shared machine than latency.
    const pid = s.server.child.pid!;
    const cpuApi: { node: number; postgres: number }[] = [];
    const cpuFloor: number[] = [];
    const metered = async <R extends Run>(
      run: () => Promise<R>,
      into: (cpu: { node: number; postgres: number }, r: R) => void,
    ) => {
      const c0 = await treeCpu(pid);
      const r = await run();
      const c1 = await treeCpu(pid);
      into({ node: c1.node - c0.node, postgres: c1.postgres - c0.postgres }, r);
      return r;
    };
    const closed = await repeatRuns('api closed loop', runs, () =>
      metered(
        () => closedLoop(url, headers, f, next, seconds),
        (c, r) => cpuApi.push({ node: c.node / (r.rps * seconds), postgres: c.postgres / (r.rps * seconds) }),
      ),
    );
    const single = await repeatRuns('api one connection', 1, () => closedLoop(url, headers, f, next, seconds, 1));
    const stored = (
      await owner.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM visits WHERE organisation_id = $1 AND created_by = $2 AND created_at >= $3',
        [f.org, f.userId, startedAt],
      )
    ).rows[0]!;
    const statuses = [...p.statuses].map(([k, v]) => `${k}: ${v}`).join(', ');
    const toApi = sent;
    console.log(`  ${toApi} check-ins sent, ${stored.n} visits stored; open-loop answers ${statuses}`);
    const statements = await statementsOfCheckIn(s.ownerUrl, s.appUrl, f, next());
    next();
    console.log(`  statements per check-in: ${JSON.stringify(statements)}`);
    // The floors run while the server idles (it shares the 2 cores).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: f.timeZone }).format(new Date());
    await pgClosedLoop(pool32, f, day, next, 2);
    for (const pace of paces) {
      const floor = await repeatRuns(`pg ${connections} × ${pace}/s`, runs, (run) =>
        openLoop(connections * pace, seconds, () => pgCheckIn(pool32, f, day, next()).then(() => true), run + 1),
      );
      paced.get(pace)!.floor = floor;
    }
    const floorClosed = await repeatRuns('pg closed loop', runs, () =>
      metered(
        () => pgClosedLoop(pool32, f, day, next, seconds),
        (c, r) => cpuFloor.push(c.postgres / (r.rps * seconds)),
      ),
    );
    const settings = (
      await owner.query(
        `SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync,
                current_setting('shared_buffers') AS sb, current_setting('max_connections') AS mc`,
      )
    ).rows[0] as { v: string; sc: string; fsync: string; sb: string; mc: string };

    const label = `${runs} × ${seconds} s`;
    const rpsCell = (x: LoadSummary) =>
      `${x.rps.toFixed(0)} req/s (${Math.min(...x.rpsList).toFixed(0)} – ${Math.max(...x.rpsList).toFixed(0)})`;
    const bad = (x: LoadSummary) => (x.bad ? `; ${x.bad} non-2xx/errors` : '; no errors');
    const rows: BenchResult['rows'] = [...paced].map(([pace, { api, floor }]) => ({
      what: `check-in (\`POST /api/visits\`), ${connections} clients checking in ${pace} a second each (${connections * pace} req/s, Poisson arrivals): latency p99`,
      median: `${ms(api.p99)} (${range(api.p99List)}); p50 ${ms(api.p50)}; ${api.rps.toFixed(0)} req/s done`,
      runs: label,
      budget: `p99 ≤ ${budgetMs} ms`,
      comparedWith: `pg floor at the same pace: p99 ${ms(floor.p99)} (${range(floor.p99List)}), p50 ${ms(floor.p50)} (API ÷ floor p99 ${(api.p99 / floor.p99).toFixed(1)})`,
      verdict: `${api.p99 <= budgetMs ? 'pass' : 'FAIL'}${bad(api)}`,
    }));
    rows.push(
      {
        what: `check-in, ${connections} connections back to back (closed loop): throughput`,
        median: `${rpsCell(closed)}; p50 ${ms(closed.p50)}, p99 ${ms(closed.p99)}`,
        runs: label,
        budget: '—',
        comparedWith: `pg floor ${rpsCell(floorClosed)}, p99 ${ms(floorClosed.p99)} (API ÷ floor ${(closed.rps / floorClosed.rps).toFixed(2)})`,
        verdict: `saturation, informational${bad(closed)}`,
      },
      {
        what: 'CPU per check-in (closed loop; server process tree: Node, and the PostgreSQL backends)',
        median: `${(median(cpuApi.map((c) => c.node)) + median(cpuApi.map((c) => c.postgres))).toFixed(1)} ms: Node ${median(cpuApi.map((c) => c.node)).toFixed(1)} ms + PostgreSQL ${median(cpuApi.map((c) => c.postgres)).toFixed(1)} ms`,
        runs: label,
        budget: '—',
        comparedWith: `pg floor: PostgreSQL ${median(cpuFloor).toFixed(1)} ms a check-in (the pg client's own CPU in the bench process not counted); 2 cores ÷ the API's CPU ≈ ${(2000 / (median(cpuApi.map((c) => c.node)) + median(cpuApi.map((c) => c.postgres)))).toFixed(0)} check-ins a second at most`,
        verdict: 'informational',
      },
      {
        what: 'check-in, one connection',
        median: `${single.rps.toFixed(0)} req/s; p50 ${ms(single.p50)}, p99 ${ms(single.p99)}`,
        runs: `1 × ${seconds} s`,
        budget: '—',
        comparedWith: 'the latency of one request with the machine otherwise idle',
        verdict: `informational${bad(single)}`,
      },
      {
        what: 'statements one check-in sends (the service in-process, as Kysely logs them)',
        median: `${statements.regular.own} statements, ${statements.regular.trips} round trips with BEGIN, the tenant's set_config and COMMIT (a regular, first visit today); ${statements.elsewhere.own} / ${statements.elsewhere.trips} (in elsewhere: checked out there); ${statements.anonymous.own} / ${statements.anonymous.trips} (a head count)`,
        runs: '1 each',
        budget: '—',
        comparedWith:
          'the pg floor: 3 statements, 5 round trips with BEGIN and COMMIT; the API adds the session look-up before them',
        verdict: 'informational',
      },
    );
    const notes = [
      dataNote(data),
      `Load: \`${email}\` signed in once; check-in n is an anonymous head count (1–3 people) when n mod 5 = 4, otherwise the next of the ${f.people.length.toLocaleString('en')} people not in anywhere (active or inactive clients, regulars first), at a different one of the ${f.sites.length} sites with a desk each time round — so no check-in meets the 409 of "already in here", and one in a later round checks the person out where the previous round left them. Each with one or two services. ${toApi.toLocaleString('en')} check-ins were made for the API (autocannon builds a few it does not send when a run ends) and ${stored.n.toLocaleString('en')} visits stored; the open-loop answers: ${statuses}.`,
      'Floor: the same rows (the visit, its 1–2 `visit_services` rows in one insert, the audit event as `auditWrite` writes it) from a `pg` pool of 32 owner connections (row-level security bypassed), one transaction each, at the same pace, run after the API runs with the server idle.',
      "The API does what the floor does not: the session look-up, CSRF, validation, for a known person their row locked FOR NO KEY UPDATE (a statement of its own, so a second check-in of them waits and then sees the first), one facts read (the organisation's time zone, the site active, the person's status, the services active, the person's open visits), the person's episode dates (drop-in) and any visit left open elsewhere, written in one statement with the services and the audit event; the answer is built from what was written (the pseudonym comes with the facts).",
      `Pace: a desk checks someone in every minute or so at a rush; 32 desks at one a second each is far above the busiest evening, four a second the stress case. Arrivals are independent (Poisson), at most 32 requests in flight, each latency counted from the moment the request was due. Load generator, server and PostgreSQL share the 2 cores; the audit sealing job ${jobs === 'on' ? 'runs (KONTAKT_JOBS=on), as in production' : 'is OFF (BENCH_JOBS=off)'}.`,
      `What a check-in costs: the CPU row (Node and PostgreSQL per check-in, audit sealing included) against the floor’s — the API sends ${statements.regular.trips} round trips for a known person (BEGIN, the tenant’s set_config, the person’s lock, the facts, the visit insert, one statement for services, episode, first-contact date, any visit left open and the audit event, COMMIT), each a named prepared statement (decision 016: parsed and row-level security applied once per connection); the floor sends 5. With 2 cores shared with other engineers’ tests, latency at a given pace depends on what else runs (see the load averages): the CPU per check-in is the figure to compare between runs.`,
      `PostgreSQL ${settings.v}: synchronous_commit=${settings.sc}, fsync=${settings.fsync}, shared_buffers=${settings.sb}, max_connections=${settings.mc}.`,
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (shared with other engineers' work; run under \`flock /tmp/kontakt-bench.lock\`).`,
    ];
    return { title: 'Check-in at the reception desk', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await pool32.end().catch(() => undefined);
    forget();
    await s.close();
  }
}
