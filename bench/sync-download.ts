import os from 'node:os';
import type pg from 'pg';
import { treeCpu } from './cpu';
import { generateClients, organisationIdBySlug } from './generate/clients';
import { benchDatabase } from './generate/database';
import { type BenchResult, machine, median, ms, onCleanup, range, sleep } from './lib';
import { ownerPool, signedIn, startOutreachServer } from './outreach-session';
import { bytes, enrolDevice, WireClient } from './sync-http';

/**
 * A phone's first download: the demo organisation filled with 10,000 generated
 * clients, the outreach worker signed in over HTTP, a device enrolled, then the
 * whole change feed (`GET /api/sync/changes`, pages of 1,000, the API's largest)
 * followed from no cursor to the end, as a browser asks for it (Brotli or gzip),
 * each page decoded and parsed as the phone must; beside the size of the rows it
 * is made from. Run: `npm run bench -- sync-download`.
 */
const clientCount = Number(process.env.BENCH_SYNC_CLIENTS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pageSize = 1000;
const budget = { ms: 3000, bytes: 1_500_000 };
const worker = 'outreach@demo.kontakt.test';
/** What Chromium sends (and so the installed web app). */
const browser = 'gzip, deflate, br, zstd';

interface Download {
  ms: number;
  pages: number;
  records: number;
  /** Bytes read from the socket: status lines, headers and bodies as sent. */
  wire: number;
  /** Bodies as sent (compressed or not). */
  bodies: number;
  /** Bodies decoded: the JSON itself. */
  json: number;
  sent: number;
  encoding: string;
  cpu: { node: number; postgres: number };
}

async function download(client: WireClient, serverPid: number, acceptEncoding: string | null): Promise<Download> {
  const d: Download = {
    ms: 0,
    pages: 0,
    records: 0,
    wire: 0,
    bodies: 0,
    json: 0,
    sent: 0,
    encoding: 'identity',
    cpu: { node: 0, postgres: 0 },
  };
  const cpu0 = await treeCpu(serverPid);
  const started = performance.now();
  let cursor: string | null = null;
  for (;;) {
    const query = `/api/sync/changes?limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer = await client.request(
      'GET',
      query,
      undefined,
      acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    );
    if (answer.status !== 200) throw new Error(`GET ${query}: ${answer.status} ${answer.text.slice(0, 300)}`);
    const page = JSON.parse(answer.text) as { cursor: string | null; more: boolean; records: unknown[] };
    d.pages++;
    d.records += page.records.length;
    d.wire += answer.received;
    d.sent += answer.sent;
    d.bodies += answer.raw.length;
    d.json += Buffer.byteLength(answer.text);
    d.encoding = String(answer.headers['content-encoding'] ?? 'identity');
    cursor = page.cursor;
    if (!page.more) break;
  }
  d.ms = performance.now() - started;
  const cpu1 = await treeCpu(serverPid);
  d.cpu = { node: cpu1.node - cpu0.node, postgres: cpu1.postgres - cpu0.postgres };
  return d;
}

/** The size of what the feed is made from, as PostgreSQL stores it (pg_column_size). */
async function rawSizes(pool: pg.Pool, org: string) {
  const one = async (sql: string) =>
    (await pool.query<{ rows: number; bytes: number }>(sql, [org])).rows[0] ?? { rows: 0, bytes: 0 };
  const changes = await one(
    'SELECT count(*)::int AS rows, coalesce(sum(pg_column_size(ch.*)), 0)::bigint AS bytes FROM changes ch WHERE organisation_id = $1',
  );
  // The fields the feed sends of each client (id, pseudonym, target groups, status, last activity).
  const sent = await one(
    `SELECT count(*)::int AS rows,
            coalesce(sum(pg_column_size(c.id) + pg_column_size(c.pseudonym) + pg_column_size(c.target_group_ids)
              + pg_column_size(c.status)
              + coalesce((SELECT pg_column_size(max(e.last_activity_on)) FROM enrollments e WHERE e.client_id = c.id), 0)), 0)::bigint AS bytes
     FROM clients c WHERE c.organisation_id = $1 AND c.status NOT IN ('merged', 'anonymised')`,
  );
  const whole = await one(
    'SELECT count(*)::int AS rows, coalesce(sum(pg_column_size(c.*)), 0)::bigint AS bytes FROM clients c WHERE organisation_id = $1',
  );
  const table = (
    await pool.query<{ heap: number; indexes: number }>(
      "SELECT pg_relation_size('changes')::bigint AS heap, pg_indexes_size('changes')::bigint AS indexes",
    )
  ).rows[0]!;
  return {
    changes: { rows: changes.rows, bytes: Number(changes.bytes) },
    sent: { rows: sent.rows, bytes: Number(sent.bytes) },
    whole: { rows: whole.rows, bytes: Number(whole.bytes) },
    table,
  };
}

/** Floor: the same rows read by one statement through `pg` (owner, no HTTP, no pages, no JSON per record). */
async function floorRead(pool: pg.Pool, org: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const { rowCount } = await pool.query(
    `SELECT ch.xid::text, ch.seq, ch.entity, ch.entity_id, c.pseudonym, c.target_group_ids, c.status,
            (SELECT max(e.last_activity_on) FROM enrollments e WHERE e.client_id = c.id) AS last_activity_on
     FROM changes ch LEFT JOIN clients c ON ch.entity = 'client' AND c.organisation_id = ch.organisation_id AND c.id = ch.entity_id
     WHERE ch.organisation_id = $1 ORDER BY ch.xid, ch.seq`,
    [org],
  );
  return { ms: performance.now() - started, rows: rowCount ?? 0 };
}

export async function runSyncDownload(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const s = await startOutreachServer();
  const owner = ownerPool(s.ownerUrl, 2);
  let client: WireClient | undefined;
  const forget = onCleanup(async () => {
    client?.close();
    await owner.end().catch(() => undefined);
  });
  try {
    const db = benchDatabase(s.server.dataDir, Number(new URL(s.ownerUrl).port));
    const org = await organisationIdBySlug(db.ownerUrl, 'demo');
    console.log(`  generating ${clientCount.toLocaleString('en')} clients…`);
    const generated = await generateClients({ ...db, organisationId: org, count: clientCount, samples: 10 });
    await owner.query('VACUUM (ANALYZE) changes, clients, enrollments');
    const headers = await signedIn(s.server.url, worker);
    client = new WireClient(s.server.url, headers);
    await enrolDevice(client, 'Bench phone');
    const pid = s.server.child.pid!;

    const warm = await download(client, pid, browser);
    console.log(`  warm-up: ${ms(warm.ms)}, ${warm.records} records in ${warm.pages} pages, ${bytes(warm.wire)}`);
    const series = async (label: string, accept: string | null, n: number) => {
      const out: Download[] = [];
      for (let i = 0; i < n; i++) {
        await sleep(300);
        const d = await download(client!, pid, accept);
        console.log(
          `  ${label} ${i + 1}/${n}: ${ms(d.ms)}, ${d.records} records, ${d.pages} pages, ${bytes(d.wire)} (${d.encoding}); CPU server ${ms(d.cpu.node)}, PostgreSQL ${ms(d.cpu.postgres)}`,
        );
        out.push(d);
      }
      return out;
    };
    const br = await series('browser', browser, runs);
    const gz = await series('gzip', 'gzip', Math.max(3, Math.ceil(runs / 2)));
    const plain = await series('plain', null, Math.max(3, Math.ceil(runs / 2)));
    const raw = await rawSizes(owner, org);
    await floorRead(owner, org);
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) floors.push((await floorRead(owner, org)).ms);
    const floorMs = median(floors);

    const summary = (ds: Download[]) => ({
      ms: median(ds.map((d) => d.ms)),
      times: ds.map((d) => d.ms),
      wire: median(ds.map((d) => d.wire)),
      json: median(ds.map((d) => d.json)),
      records: ds[0]!.records,
      pages: ds[0]!.pages,
      encoding: ds[0]!.encoding,
      cpuNode: median(ds.map((d) => d.cpu.node)),
      cpuPg: median(ds.map((d) => d.cpu.postgres)),
      sent: median(ds.map((d) => d.sent)),
    });
    const b = summary(br);
    const g = summary(gz);
    const p = summary(plain);
    const verdict = (x: ReturnType<typeof summary>) =>
      x.ms <= budget.ms && x.wire <= budget.bytes
        ? `pass (time ${((x.ms / budget.ms) * 100).toFixed(0)} %, bytes ${((x.wire / budget.bytes) * 100).toFixed(0)} % of budget)`
        : `FAIL (${x.ms > budget.ms ? 'time' : ''}${x.ms > budget.ms && x.wire > budget.bytes ? ' and ' : ''}${x.wire > budget.bytes ? 'bytes' : ''})`;
    const rawCell = `the rows: ${bytes(raw.changes.bytes)} of ${raw.changes.rows.toLocaleString('en')} change rows + ${bytes(raw.sent.bytes)} of the clients' fields sent (pg_column_size)`;
    const rows = [
      {
        what: `first download, ${b.records.toLocaleString('en')} records in ${b.pages} pages of ${pageSize}, as a browser asks (\`Accept-Encoding: ${browser}\` → ${b.encoding}): time`,
        median: `${ms(b.ms)} (${range(b.times)})`,
        runs: `${runs} (+1 warm-up)`,
        budget: `≤ ${ms(budget.ms)}`,
        comparedWith: `the same rows in one SELECT through \`pg\` ${ms(floorMs)} (${range(floors)}); download ÷ floor ${(b.ms / floorMs).toFixed(1)}`,
        verdict: verdict(b),
      },
      {
        what: `the same (${b.encoding}): bytes on the wire (status lines, headers, bodies)`,
        median: bytes(b.wire),
        runs: String(runs),
        budget: `≤ ${bytes(budget.bytes)}`,
        comparedWith: `${rawCell}; the JSON decoded ${bytes(b.json)}; wire ÷ rows ${(b.wire / (raw.changes.bytes + raw.sent.bytes)).toFixed(2)}, wire ÷ JSON ${(b.wire / b.json).toFixed(2)}`,
        verdict: b.wire <= budget.bytes ? 'pass' : 'FAIL',
      },
      {
        what: `first download with \`Accept-Encoding: gzip\` (${g.encoding})`,
        median: `${ms(g.ms)} (${range(g.times)}); ${bytes(g.wire)} on the wire`,
        runs: String(gz.length),
        budget: `≤ ${ms(budget.ms)}, ≤ ${bytes(budget.bytes)}`,
        comparedWith: `wire ÷ JSON ${(g.wire / g.json).toFixed(2)}`,
        verdict: verdict(g),
      },
      {
        what: 'first download without Accept-Encoding (plain JSON)',
        median: `${ms(p.ms)} (${range(p.times)}); ${bytes(p.wire)} on the wire`,
        runs: String(plain.length),
        budget: `≤ ${ms(budget.ms)}, ≤ ${bytes(budget.bytes)}`,
        comparedWith: `${rawCell}; wire ÷ rows ${(p.wire / (raw.changes.bytes + raw.sent.bytes)).toFixed(2)}`,
        verdict: `informational: ${p.wire > budget.bytes ? 'over' : 'within'} the byte budget uncompressed`,
      },
      {
        what: `CPU of one download (${b.encoding}): server, PostgreSQL`,
        median: `${ms(b.cpuNode)} + ${ms(b.cpuPg)}`,
        runs: String(runs),
        budget: '—',
        comparedWith: `plain: ${ms(p.cpuNode)} + ${ms(p.cpuPg)}; gzip: ${ms(g.cpuNode)} + ${ms(g.cpuPg)}`,
        verdict: 'informational',
      },
    ];
    const notes = [
      `Data: the demo organisation (its seeded people, catalogues, places, teams and shifts) plus ${generated.count.toLocaleString('en')} clients from \`generateClients\` (seed 1; \`bench/generate/clients.ts\`, COPY, so the change-feed triggers noted each of them), then VACUUM ANALYZE; all of them in the outreach worker's scope. The feed holds ${raw.changes.rows.toLocaleString('en')} change rows; the \`changes\` table is ${bytes(raw.table.heap)} with ${bytes(raw.table.indexes)} of indexes.`,
      `Each run is a first download: \`${worker}\` signed in over HTTP (sign-in and device enrolment are not timed), then \`GET /api/sync/changes?limit=${pageSize}\` from no cursor, following \`cursor\` while \`more\`, on one keep-alive HTTP/1.1 connection from the bench process on 127.0.0.1; each page decoded (node:zlib) and parsed before the next is asked, as the phone does (it then writes them to its encrypted store, not measured here). Time from the first request to the last page parsed.`,
      `Bytes on the wire: read from the socket (status lines, headers, bodies as sent); the requests sent ${bytes(b.sent)}. Brotli at quality 5 and gzip at level 6 (\`server/src/platform/http/compression.ts\`), for every JSON answer of 1 kB or more.`,
      `Raw rows: \`pg_column_size\` of the ${raw.changes.rows.toLocaleString('en')} change rows read (entity, id, transaction, sequence, time), and of the fields the feed sends of the ${raw.sent.rows.toLocaleString('en')} clients (id, pseudonym, target groups, status, last activity); the whole client rows (identity, codes and notes included, never sent) are ${bytes(raw.whole.bytes)}.`,
      `Floor: one SELECT of the change rows joined to the clients' fields on an owner connection (row-level security bypassed), ${(await floorRead(owner, org)).rows.toLocaleString('en')} rows, no HTTP, no pages, no JSON.`,
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after. Server, PostgreSQL and bench share the 2 cores.`,
    ];
    return { title: 'First download of a 10,000-client index', rows, notes };
  } finally {
    client?.close();
    await owner.end().catch(() => undefined);
    forget();
    await s.close();
  }
}
