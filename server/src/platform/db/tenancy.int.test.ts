import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { withTenant } from './tenancy';

let t: TestApp;
let orgA: string;
let orgB: string;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  await t.user(orgA, ['outreach']);
  await t.user(orgB, ['outreach']);
});
afterAll(() => t.close());

const orgTables = [
  'organisations',
  'users',
  'user_recovery_codes',
  'sessions',
  'sites',
  'teams',
  'team_members',
  'areas',
  'spots',
  'catalogue_items',
  'organisation_keys',
  'audit_events',
  'audit_heads',
  'audit_seals',
  'audit_unsealed',
  ...[
    'outreach_rollup_state',
    'outreach_dirty',
    'outreach_daily',
    'outreach_daily_materials',
    'outreach_monthly',
    'outreach_monthly_materials',
    'outreach_person_numbers',
    'outreach_people_monthly',
  ],
];

describe('row-level security', () => {
  it('the application role cannot bypass it', async () => {
    const { rows } = await sql<{ user: string; bypass: boolean; superuser: boolean }>`
      SELECT current_user AS user, rolbypassrls AS bypass, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`.execute(
      t.db.app,
    );
    expect(rows[0]).toMatchObject({ bypass: false, superuser: false });
    expect(rows[0]?.user).not.toBe('postgres');
  });

  it('every table with an organisation_id has RLS enabled with a tenant policy', async () => {
    const { rows } = await t.db.ownerPool.query<{ table: string; rls: boolean; policies: number }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND (EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_name = c.relname AND col.column_name = 'organisation_id')
             OR c.relname = 'organisations')`);
    expect(rows.length).toBeGreaterThanOrEqual(orgTables.length);
    for (const row of rows) expect(row, row.table).toMatchObject({ rls: true });
    for (const row of rows) expect(row.policies, row.table).toBeGreaterThan(0);
  });

  it('every tenant policy reads the organisation once per statement (a sub-select), not once per row', async () => {
    const { rows } = await t.db.ownerPool.query<{ table: string; qual: string; check: string | null }>(
      `SELECT tablename AS table, qual, with_check AS check FROM pg_policies WHERE schemaname = 'public'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(orgTables.length);
    const once = /^\((organisation_id|id) = \( SELECT kontakt_current_org\(\) AS kontakt_current_org\)\)$/;
    for (const row of rows) {
      expect(row.qual, row.table).toMatch(once);
      expect(row.check, row.table).toMatch(once);
    }
  });

  it('a query without an organisation context sees no rows in any table', async () => {
    for (const table of orgTables) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.db.app);
      expect(rows[0]?.n, table).toBe(0);
    }
    // The owner sees them: the rows exist, RLS hides them.
    const { rows } = await t.db.ownerPool.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    expect(rows[0]?.n).toBe(2);
  });

  it('organisation B sees only its own rows, never A’s', async () => {
    for (const [mine, theirs] of [
      [orgA, orgB],
      [orgB, orgA],
    ] as const) {
      await withTenant(t.db.app, { organisationId: mine, userId: null }, async (tx) => {
        for (const table of orgTables) {
          const column = table === 'organisations' ? 'id' : 'organisation_id';
          const { rows } = await sql<{
            n: number;
          }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${theirs}`.execute(tx);
          expect(rows[0]?.n, table).toBe(0);
        }
        const own = await tx
          .selectFrom('catalogue_items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(own.n)).toBeGreaterThan(50);
      });
    }
  });

  it('refuses to write a row into another organisation', async () => {
    await expect(
      withTenant(t.db.app, { organisationId: orgA, userId: null }, (tx) =>
        tx.insertInto('teams').values({ organisation_id: orgB, id: crypto.randomUUID(), name: 'intruders' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('the setting does not leak to the next transaction on the same connection', async () => {
    await withTenant(t.db.app, { organisationId: orgA, userId: null }, async () => {});
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(t.db.app);
    expect(rows[0]?.n).toBe(0);
  });
});
