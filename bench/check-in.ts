import os from 'node:os';
import autocannon from 'autocannon';
import { body, email, type Fixture, fixture } from './check-in-fixture';
import { pgCheckIn, pgClosedLoop } from './check-in-floor';
import { connections, jobs, paces, runs, seconds } from './check-in-parameters';
import { checkInReport } from './check-in-report';
import { statementsOfCheckIn } from './check-in-statements';
import { treeCpu } from './cpu';
import { startIndoorServer } from './indoor-data';
import { type BenchResult, onCleanup } from './lib';
import { type LoadSummary, repeatRuns } from './load-runs';
import { httpPoster, openLoop } from './open-loop';
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
    const p = httpPoster(url, connections);
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
    return checkInReport({
      data,
      f,
      paced,
      closed,
      floorClosed,
      single,
      cpuApi,
      cpuFloor,
      statements,
      toApi,
      stored,
      statuses,
      settings,
      load0,
    });
  } finally {
    await owner.end().catch(() => undefined);
    await pool32.end().catch(() => undefined);
    forget();
    await s.close();
  }
}
