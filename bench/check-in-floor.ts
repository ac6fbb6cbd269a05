import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { type Fixture, nth } from './check-in-fixture';
import { connections } from './check-in-parameters';

/** The rows of one check-in with `pg`, in one transaction: the visit, its services, the audit event. */
export async function pgCheckIn(pool: pg.Pool, f: Fixture, day: string, n: number): Promise<void> {
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

/** `pgCheckIn` from `connections` connections back to back for `duration` seconds; `next` numbers the check-ins. */
export async function pgClosedLoop(pool: pg.Pool, f: Fixture, day: string, next: () => number, duration: number) {
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
