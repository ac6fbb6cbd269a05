import os from 'node:os';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { chainHash } from '../server/src/platform/audit/chain';
import { type BenchResult, machine, median, ms, onCleanup, range, sleep } from './lib';
import { ownerPool, signedIn, startOutreachServer } from './outreach-session';

/**
 * Record one contact at 32 concurrent clients: `POST /api/contacts` (a repeat contact
 * for a demo person on an open shift, two materials, one topic, a fresh UUIDv7 per
 * request) against the same rows inserted directly with `pg` over a 32-connection pool.
 * Run: `npx tsx bench/record-contact.ts`.
 */
const connections = 32;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const email = 'outreach@demo.kontakt.test';

interface Fixture {
  org: string;
  userId: string;
  teamId: string;
  shiftId: string;
  areaId: string | null;
  channel: string;
  clientIds: string[];
  materials: string[];
  topic: string;
}

async function fixture(pool: pg.Pool, url: string, headers: Record<string, string>): Promise<Fixture> {
  const org = (await pool.query(`SELECT id FROM organisations WHERE slug = 'demo'`)).rows[0].id as string;
  const user = (await pool.query(`SELECT id FROM users WHERE organisation_id = $1 AND email = $2`, [org, email]))
    .rows[0].id as string;
  const team = (await pool.query(`SELECT team_id FROM team_members WHERE user_id = $1 LIMIT 1`, [user])).rows[0]
    .team_id as string;
  const q1 = (sql: string, params: unknown[] = []) => pool.query(sql, params).then((r) => r.rows);
  let shift = (
    await q1(
      `SELECT s.id, s.area_id, s.channel FROM shifts s JOIN shift_members m ON m.shift_id = s.id AND m.organisation_id = s.organisation_id
       WHERE s.organisation_id = $1 AND m.user_id = $2 AND s.status = 'open' LIMIT 1`,
      [org, user],
    )
  )[0] as { id: string; area_id: string | null; channel: string } | undefined;
  if (!shift) {
    // Plan one for today and open it, through the API.
    const area = (await q1(`SELECT id FROM areas WHERE organisation_id = $1 LIMIT 1`, [org]))[0]?.id ?? null;
    const post = async (path: string, body?: unknown) => {
      const r = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = (await r.json()) as { id: string; areaId: string | null; channel: string };
      if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
      return json;
    };
    const planned = await post('/api/shifts', {
      teamId: team,
      date: new Date().toISOString().slice(0, 10),
      plannedStart: '00:00',
      plannedEnd: '23:59',
      channel: 'street',
      areaId: area,
    });
    const opened = await post(`/api/shifts/${planned.id}/open`);
    shift = { id: opened.id, area_id: opened.areaId, channel: opened.channel };
  }
  const clientIds = (
    await q1(`SELECT id FROM clients WHERE organisation_id = $1 AND status = 'active' ORDER BY id LIMIT 20`, [org])
  ).map((r) => r.id as string);
  const materials = (
    await q1(
      `SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'material' AND active ORDER BY sort_order, id LIMIT 2`,
      [org],
    )
  ).map((r) => r.id as string);
  const topic = (
    await q1(`SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'topic' AND active LIMIT 1`, [org])
  )[0].id as string;
  if (clientIds.length === 0 || materials.length < 2) throw new Error('demo data lacks clients or materials');
  return {
    org,
    userId: user,
    teamId: team,
    shiftId: shift.id,
    areaId: shift.area_id,
    channel: shift.channel,
    clientIds,
    materials,
    topic,
  };
}

function body(f: Fixture, n: number): string {
  return JSON.stringify({
    id: uuidv7(),
    kind: 'repeat',
    clientId: f.clientIds[n % f.clientIds.length],
    shiftId: f.shiftId,
    topicIds: [f.topic],
    materials: [
      { materialId: f.materials[0], quantity: 2 },
      { materialId: f.materials[1], quantity: 1 },
    ],
  });
}

/** Samples pg_stat_activity: how many backends of the app role wait on a lock, how many run. */
function lockSampler(pool: pg.Pool) {
  let waiting = 0;
  let active = 0;
  let samples = 0;
  let stop = false;
  const done = (async () => {
    while (!stop) {
      const { rows } = await pool.query(
        `SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting,
                count(*) FILTER (WHERE state = 'active' OR state = 'idle in transaction')::int AS active
         FROM pg_stat_activity WHERE usename <> 'postgres' AND backend_type = 'client backend'`,
      );
      waiting += rows[0].waiting;
      active += rows[0].active;
      samples++;
      await sleep(50);
    }
  })();
  return async () => {
    stop = true;
    await done;
    return { waiting: waiting / Math.max(1, samples), inTransaction: active / Math.max(1, samples) };
  };
}

async function apiRun(url: string, headers: Record<string, string>, f: Fixture, duration: number) {
  let n = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/contacts',
        setupRequest: (request) => {
          n++;
          return { ...request, headers: { ...headers, 'content-type': 'application/json' }, body: body(f, n) };
        },
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

/** The same rows with `pg`, one transaction per contact; `audit` adds the chain-head lock + event + head update. */
async function pgRun(pool: pg.Pool, f: Fixture, duration: number, audit: boolean, conns = connections) {
  const latencies: number[] = [];
  const deadline = performance.now() + duration * 1000;
  let n = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = n++;
      const t0 = performance.now();
      const c = await pool.connect();
      try {
        const id = uuidv7();
        await c.query('BEGIN');
        await c.query(
          `INSERT INTO contacts (organisation_id, id, kind, client_id, shift_id, occurred_at, channel, team_id, area_id,
             worker_id, topic_ids, referrals, created_by, updated_by)
           VALUES ($1, $2, 'repeat', $3, $4, now(), $5, $6, $7, $8, $9, '[]', $8, $8)`,
          [
            f.org,
            id,
            f.clientIds[i % f.clientIds.length],
            f.shiftId,
            f.channel,
            f.teamId,
            f.areaId,
            f.userId,
            [f.topic],
          ],
        );
        await c.query(
          `INSERT INTO contact_materials (organisation_id, contact_id, material_id, quantity) VALUES ($1, $2, $3, 2), ($1, $2, $4, 1)`,
          [f.org, id, f.materials[0], f.materials[1]],
        );
        await c.query(
          `INSERT INTO stock_movements (organisation_id, id, material_id, team_id, kind, quantity, contact_id, recorded_by)
           VALUES ($1, $2, $3, $4, 'handed_out', -2, $5, $6), ($1, $7, $8, $4, 'handed_out', -1, $5, $6)`,
          [f.org, uuidv7(), f.materials[0], f.teamId, id, f.userId, uuidv7(), f.materials[1]],
        );
        if (audit) {
          const head = (
            await c.query(`SELECT seq, hash FROM audit_heads WHERE organisation_id = $1 FOR UPDATE`, [f.org])
          ).rows[0] as { seq: string; hash: Buffer };
          const fields = {
            organisationId: f.org,
            seq: Number(head.seq) + 1,
            id: uuidv7(),
            at: new Date(),
            actorUserId: f.userId,
            sessionId: null,
            deviceId: null,
            ip: '127.0.0.1',
            action: 'contact.recorded',
            entityType: 'contact',
            entityId: id,
            clientId: f.clientIds[i % f.clientIds.length]!,
            flagged: false,
            reason: null,
            details: { kind: 'repeat' },
          };
          const hash = chainHash(head.hash, fields);
          await c.query(
            `INSERT INTO audit_events (organisation_id, seq, id, at, actor_user_id, ip, action, entity_type, entity_id, client_id, details, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            [
              f.org,
              fields.seq,
              fields.id,
              fields.at,
              f.userId,
              fields.ip,
              fields.action,
              fields.entityType,
              id,
              fields.clientId,
              JSON.stringify(fields.details),
              head.hash,
              hash,
            ],
          );
          await c.query(`UPDATE audit_heads SET seq = $2, hash = $3 WHERE organisation_id = $1`, [
            f.org,
            fields.seq,
            hash,
          ]);
        }
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK');
        throw error;
      } finally {
        c.release();
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: conns }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { rps: latencies.length / elapsed, p50: pct(50), p99: pct(99), bad: 0 };
}

type Run = { rps: number; p50: number; p99: number; bad: number };
const summary = (rs: Run[]) => ({
  rps: median(rs.map((r) => r.rps)),
  p50: median(rs.map((r) => r.p50)),
  p99: median(rs.map((r) => r.p99)),
  rpsList: rs.map((r) => r.rps),
  p50List: rs.map((r) => r.p50),
  p99List: rs.map((r) => r.p99),
  bad: rs.reduce((s, r) => s + r.bad, 0),
});

export async function runRecordContact(): Promise<BenchResult> {
  const load0 = os.loadavg()[0]!;
  const s = await startOutreachServer();
  const owner = ownerPool(s.ownerUrl, 4);
  const pool32 = ownerPool(s.ownerUrl, connections);
  const forget = onCleanup(async () => {
    await owner.end().catch(() => undefined);
    await pool32.end().catch(() => undefined);
  });
  try {
    const url = s.server.url;
    const headers = await signedIn(url, email);
    const f = await fixture(owner, url, headers);
    // One sequential request to check the body is accepted.
    const check = await fetch(`${url}/api/contacts`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: body(f, 0),
    });
    if (check.status !== 201) throw new Error(`POST /api/contacts: ${check.status} ${await check.text()}`);
    await apiRun(url, headers, f, 3); // warm-up
    const api: Run[] = [];
    const locks: { waiting: number; inTransaction: number }[] = [];
    for (let i = 0; i < runs; i++) {
      await sleep(1000);
      const sample = lockSampler(owner);
      const r = await apiRun(url, headers, f, seconds);
      locks.push(await sample());
      console.log(
        `  api ${i + 1}/${runs}: ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, bad ${r.bad}`,
      );
      api.push(r);
    }
    // The floor runs while the server idles (it shares the 2 cores).
    await pgRun(pool32, f, 2, true);
    const floor: Run[] = [];
    const noAudit: Run[] = [];
    for (let i = 0; i < runs; i++) {
      await sleep(1000);
      const a = await pgRun(pool32, f, seconds, true);
      await sleep(1000);
      const b = await pgRun(pool32, f, seconds, false);
      console.log(
        `  pg ${i + 1}/${runs}: ${a.rps.toFixed(0)} req/s p99 ${ms(a.p99)}; without audit ${b.rps.toFixed(0)} req/s p99 ${ms(b.p99)}`,
      );
      floor.push(a);
      noAudit.push(b);
    }
    const single = await pgRun(pool32, f, 5, true, 1);
    const settings = (
      await owner.query(
        `SELECT current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync, current_setting('max_connections') AS mc`,
      )
    ).rows[0] as { sc: string; fsync: string; mc: string };
    console.log(`  pg, 1 connection, with audit: ${single.rps.toFixed(0)} req/s, p50 ${ms(single.p50)}`);
    const A = summary(api);
    const F = summary(floor);
    const N = summary(noAudit);
    const waiting = median(locks.map((l) => l.waiting));
    const inTx = median(locks.map((l) => l.inTransaction));
    const label = `${runs} × ${seconds} s`;
    const rpsCell = (x: ReturnType<typeof summary>) =>
      `${x.rps.toFixed(0)} req/s (${Math.min(...x.rpsList).toFixed(0)} – ${Math.max(...x.rpsList).toFixed(0)})`;
    const rows = [
      {
        what: `record one contact (API), ${connections} concurrent clients: throughput`,
        median: rpsCell(A),
        runs: label,
        budget: '≥ 500 req/s',
        comparedWith: `pg floor ${F.rps.toFixed(0)} req/s (ratio API ÷ floor ${(A.rps / F.rps).toFixed(2)})`,
        verdict: `${A.rps >= 500 ? 'pass' : 'FAIL'}${A.bad ? `; ${A.bad} non-2xx/errors` : ''}`,
      },
      {
        what: 'record one contact (API): latency p99',
        median: `${ms(A.p99)} (${range(A.p99List)})`,
        runs: label,
        budget: '≤ 25 ms',
        comparedWith: `pg floor p99 ${ms(F.p99)} (${(A.p99 / F.p99).toFixed(1)} ×)`,
        verdict: A.p99 <= 25 ? 'pass' : 'FAIL',
      },
      {
        what: 'record one contact (API): latency p50',
        median: `${ms(A.p50)} (${range(A.p50List)})`,
        runs: label,
        budget: '—',
        comparedWith: `pg floor p50 ${ms(F.p50)}`,
        verdict: 'informational',
      },
      {
        what: 'floor: same rows with `pg` (contact + 2 materials + 2 stock movements + audit head lock, event, head update)',
        median: `${rpsCell(F)}; p50 ${ms(F.p50)}, p99 ${ms(F.p99)} (${range(F.p99List)})`,
        runs: label,
        budget: '—',
        comparedWith: `${connections}-connection owner pool, one transaction per contact`,
        verdict: 'floor',
      },
      {
        what: 'floor without the audit step (contact + materials + stock only)',
        median: `${rpsCell(N)}; p50 ${ms(N.p50)}, p99 ${ms(N.p99)}`,
        runs: label,
        budget: '—',
        comparedWith: `with audit ${F.rps.toFixed(0)} req/s: the lock costs ${Math.round((1 - F.rps / N.rps) * 100)} % of the floor`,
        verdict: 'informational',
      },
      {
        what: 'API under load: app backends waiting on a lock (pg_stat_activity, every 50 ms)',
        median: `${waiting.toFixed(1)} of ${inTx.toFixed(1)} busy`,
        runs: label,
        budget: '—',
        comparedWith: 'wait_event_type = Lock (the audit head row held until commit)',
        verdict: 'informational',
      },
    ];
    rows.push({
      what: 'floor, one connection, with audit (how long one transaction holds the chain head)',
      median: `${single.rps.toFixed(0)} req/s; p50 ${ms(single.p50)}, p99 ${ms(single.p99)}`,
      runs: '1 × 5 s',
      budget: '—',
      comparedWith: `serialised on the head row, ${connections} connections cannot beat ≈ 1 ÷ hold time`,
      verdict: 'informational',
    });
    const notes = [
      `PostgreSQL: synchronous_commit=${settings.sc}, fsync=${settings.fsync}, max_connections=${settings.mc}.`,
      `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after.`,
    ];
    return { title: 'Record one contact', rows, notes };
  } finally {
    await owner.end().catch(() => undefined);
    await pool32.end().catch(() => undefined);
    forget();
    await s.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runRecordContact().then(
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
