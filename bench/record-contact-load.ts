import autocannon from 'autocannon';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { sleep } from './lib';

/** Loads for recording contacts: the API under autocannon, and the same rows straight through `pg`. */
export const connections = 32;
/** The demo streetworker who records (Warsaw). */
export const email = 'outreach@demo.kontakt.test';

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

export interface Fixture {
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

export async function fixture(pool: pg.Pool, url: string, headers: Record<string, string>): Promise<Fixture> {
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

export function body(f: Fixture, n: number): string {
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
export function lockSampler(pool: pg.Pool) {
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

/** `POST /api/contacts` from `conns` connections back to back for `duration` seconds (closed loop). */
export async function apiRun(
  url: string,
  headers: Record<string, string>,
  f: Fixture,
  duration: number,
  conns = connections,
): Promise<Run> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: conns,
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

/** The rows of one contact with `pg` in one transaction; `audit` adds the audit event as recordAudit writes it. */
export async function pgContact(pool: pg.Pool, f: Fixture, i: number, audit: boolean): Promise<void> {
  const c = await pool.connect();
  try {
    const id = uuidv7();
    await c.query('BEGIN');
    await c.query(
      `INSERT INTO contacts (organisation_id, id, kind, client_id, shift_id, occurred_at, channel, team_id, area_id,
         worker_id, topic_ids, referrals, created_by, updated_by)
       VALUES ($1, $2, 'repeat', $3, $4, now(), $5, $6, $7, $8, $9, '[]', $8, $8)`,
      [f.org, id, f.clientIds[i % f.clientIds.length], f.shiftId, f.channel, f.teamId, f.areaId, f.userId, [f.topic]],
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
      // As recordAudit does since decision 009: one insert, no lock (the trigger notes it for sealing).
      await c.query(
        `INSERT INTO audit_events (organisation_id, id, at, actor_user_id, ip, action, entity_type, entity_id, client_id, details)
         VALUES ($1, $2, now(), $3, '127.0.0.1', 'contact.recorded', 'contact', $4, $5, '{"kind":"repeat"}')`,
        [f.org, uuidv7(), f.userId, id, f.clientIds[i % f.clientIds.length]],
      );
    }
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK');
    throw error;
  } finally {
    c.release();
  }
}

/** `pgContact` from `conns` connections back to back for `duration` seconds. */
export async function pgRun(
  pool: pg.Pool,
  f: Fixture,
  duration: number,
  audit: boolean,
  conns = connections,
): Promise<Run> {
  const latencies: number[] = [];
  const deadline = performance.now() + duration * 1000;
  let n = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await pgContact(pool, f, n++, audit);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: conns }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { rps: latencies.length / elapsed, p50: pct(50), p99: pct(99), bad: 0 };
}
