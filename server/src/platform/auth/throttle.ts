import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/pool';

const windowMinutes = 15;
const accountFreeFailures = 5;
const addressLimit = 50;
const maxLockSeconds = 15 * 60;

/** Keys that never contain the email itself. */
export function accountKey(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url')}`;
}
export function addressKey(ip: string): string {
  return `address:${ip}`;
}

/**
 * Seconds the caller must still wait, or 0. An account gets five free failures
 * per quarter hour, then a lock that doubles with each further failure (30 s,
 * 60 s, ... up to 15 min). An address gets fifty. Unknown emails are throttled
 * exactly like known ones, so throttling reveals nothing about accounts.
 */
export async function throttleDelay(db: Db, email: string, ip: string): Promise<number> {
  const { rows } = await sql<{ key: string; failures: number; last_at: Date | null }>`
    SELECT key, count(*)::int AS failures, max(at) AS last_at FROM login_failures
    WHERE key IN (${accountKey(email)}, ${addressKey(ip)}) AND at > now() - make_interval(mins => ${windowMinutes})
    GROUP BY key`.execute(db);
  let wait = 0;
  for (const row of rows) {
    if (!row.last_at) continue;
    const sinceLast = (Date.now() - row.last_at.getTime()) / 1000;
    if (row.key.startsWith('address:')) {
      if (row.failures >= addressLimit) wait = Math.max(wait, windowMinutes * 60 - sinceLast);
      continue;
    }
    const extra = row.failures - accountFreeFailures;
    if (extra < 0) continue;
    const lock = Math.min(maxLockSeconds, 30 * 2 ** extra);
    wait = Math.max(wait, lock - sinceLast);
  }
  return Math.max(0, Math.ceil(wait));
}

/** Records a failed sign-in against both the account and the address. */
export async function recordFailure(db: Db, email: string, ip: string): Promise<void> {
  await db
    .insertInto('login_failures')
    .values([{ key: accountKey(email) }, { key: addressKey(ip) }])
    .execute();
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', accountKey(email)).execute();
}

/** Drops failures older than the window; run by the maintenance job. */
export async function purgeOldFailures(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('login_failures')
    .where('at', '<', sql<Date>`now() - make_interval(mins => ${windowMinutes * 2})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Failures recorded under a key in the last quarter hour (second-factor attempts). */
export async function recentFailures(db: Db, key: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Records one failure under a key. */
export async function recordKeyFailure(db: Db, key: string): Promise<void> {
  await db.insertInto('login_failures').values({ key }).execute();
}
