import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { preparedStatementPool } from './prepared';
import { withTenant } from './tenancy';
import type { Database } from './types';

let t: TestApp;
let orgA: string;
let orgB: string;
let pool: pg.Pool;
let db: Kysely<Database>;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  await t.user(orgA, ['outreach']);
  await t.user(orgA, ['outreach']);
  await t.user(orgB, ['outreach']);
  // One connection, so every statement below meets the statements the earlier ones prepared.
  pool = new pg.Pool({ connectionString: t.db.appUrl, max: 1 });
  db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparedStatementPool(pool, 3) }) });
});
afterAll(async () => {
  await db.destroy();
  await t.close();
});

const prepared = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements`.execute(db)).rows[0]?.n;

const usersOf = (organisationId: string) =>
  withTenant(db, { organisationId, userId: null }, (tx) =>
    tx.selectFrom('users').select('organisation_id').where('email', 'like', '%').execute(),
  );

describe('prepared statements', () => {
  it('prepare a text once per connection and keep each organisation to its own rows', async () => {
    const before = await prepared();
    const a = await usersOf(orgA);
    const b = await usersOf(orgB);
    const again = await usersOf(orgA);
    // The tenant is read when the statement runs, not when it was prepared.
    expect(a.map((r) => r.organisation_id)).toEqual([orgA, orgA]);
    expect(b.map((r) => r.organisation_id)).toEqual([orgB]);
    expect(again).toEqual(a);
    // set_config and the users query: two texts, prepared once each however often they ran.
    expect(await prepared()).toBe((before ?? 0) + 2);
  });

  it('run texts past the cap unnamed, with the same answers', async () => {
    const texts = [1, 2, 3, 4, 5].map((n) =>
      withTenant(db, { organisationId: orgA, userId: null }, (tx) =>
        tx
          .selectFrom('users')
          .select(sql<number>`${n}::int`.as('n'))
          .where(
            'id',
            'in',
            Array.from({ length: n }, () => '00000000-0000-0000-0000-000000000000'),
          )
          .execute(),
      ),
    );
    for (const rows of await Promise.all(texts)) expect(rows).toEqual([]);
    expect(await prepared()).toBe(3);
  });

  it('leave statements without parameters (BEGIN, COMMIT) to the simple protocol', async () => {
    await db.transaction().execute(async (tx) => {
      await sql`SELECT 1`.execute(tx);
    });
    expect(await prepared()).toBe(3);
  });
});
