import os from 'node:os';
import { email, type Fixture } from './check-in-fixture';
import { budgetMs, connections, jobs, runs, seconds } from './check-in-parameters';
import type { CheckInStatements } from './check-in-statements';
import { dataNote, type IndoorData } from './indoor-data';
import { type BenchResult, machine, median, ms, range } from './lib';
import { type LoadSummary, rpsCell } from './load-runs';

/** What the check-in benchmark measured, for its rows and notes. */
export interface CheckInMeasured {
  data: IndoorData;
  f: Fixture;
  /** By pace: the API's open-loop runs and the pg floor's at the same pace. */
  paced: Map<number, { api: LoadSummary; floor: LoadSummary }>;
  closed: LoadSummary;
  floorClosed: LoadSummary;
  single: LoadSummary;
  /** CPU per check-in (ms) of each closed-loop run: the API's server tree, the floor's PostgreSQL. */
  cpuApi: { node: number; postgres: number }[];
  cpuFloor: number[];
  statements: CheckInStatements;
  /** Check-ins made for the API, visits stored, the open-loop answers by status. */
  toApi: number;
  stored: { n: number };
  statuses: string;
  settings: { v: string; sc: string; fsync: string; sb: string; mc: string };
  /** Load average (1 min) before the run. */
  load0: number;
}

/** The rows and notes of docs/performance.md, "Check-in at the reception desk". */
export function checkInReport(m: CheckInMeasured): BenchResult {
  const { data, f, paced, closed, floorClosed, single, cpuApi, cpuFloor, statements, toApi, stored, statuses } = m;
  const { settings, load0 } = m;
  const label = `${runs} × ${seconds} s`;
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
}
