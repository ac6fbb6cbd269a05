import { type RawBuilder, sql } from 'kysely';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Db } from '../../platform/db/pool';
import { type Tx, withTenant } from '../../platform/db/tenancy';
import type { Logger } from '../../platform/logging';
import './rollup-tables';

/**
 * Folding contacts into the statistics rollups (migration 0008). Triggers append
 * the instant of every contact recorded, changed or deleted to `outreach_dirty`;
 * a refresh takes what is logged, recomputes those local days (and their months
 * for the distinct people) from the contacts, and deletes the log rows it took.
 * The statistics read the rollups only for days with no log row left, so a
 * refresh can run at any time, concurrently with contacts being recorded.
 */
export interface RollupRefresh {
  /** `full`: everything rebuilt (first run, a new time zone, or asked for); `days`: the logged days. */
  mode: 'full' | 'days' | 'none';
  days: number;
  months: number;
}

const dims = ['channel', 'area', 'target_group'] as const;
/** Person numbers per bitmap chunk (migration 0008: bit(4096)). */
export const chunkBits = 4096;

/** Local days as instants `[lo, hi)`, computed apart so the contacts are found by index (see `spans`). */
interface Span {
  lo: Date;
  hi: Date;
}

/** The instants each local day (or month, `step` '1 month') starts and ends in the time zone. */
async function spans(tx: Tx, starts: string[], tz: string, step: '1 day' | '1 month'): Promise<Span[]> {
  const { rows } = await sql<Span>`
    SELECT d::timestamp AT TIME ZONE ${tz} AS lo, (d + ${step}::interval)::timestamp AT TIME ZONE ${tz} AS hi
    FROM unnest(${starts}::date[]) AS d`.execute(tx);
  return rows;
}

/**
 * The contacts in the spans (all contacts when null), with their local day and month. The
 * bounds are values: a join on \`AT TIME ZONE\` would count as leaky under row-level
 * security and scan every contact instead of the index.
 */
function contactsOf(within: Span[] | null, tz: string, where: RawBuilder<boolean> = sql`true`): RawBuilder<unknown> {
  const local = sql`(c.occurred_at AT TIME ZONE ${tz})::date`;
  const ranges =
    within === null
      ? sql`true`
      : sql.join(
          within.map((r) => sql`(c.occurred_at >= ${r.lo} AND c.occurred_at < ${r.hi})`),
          sql` OR `,
        );
  return sql`(SELECT c.*, ${local} AS day, date_trunc('month', ${local})::date AS month
    FROM contacts c WHERE (${ranges}) AND ${where})`;
}

/** Recomputes the daily figures and materials of the given local days (null: all). */
async function foldDays(tx: Tx, org: string, tz: string, days: string[] | null): Promise<void> {
  const src = contactsOf(days === null ? null : await spans(tx, days, tz, '1 day'), tz);
  // A person's target groups (the clients module keeps them distinct).
  const groupsOf = sql`JOIN clients p ON p.organisation_id = c.organisation_id AND p.id = c.client_id
    CROSS JOIN LATERAL unnest(p.target_group_ids::text[]) AS t(tg)`;
  await sql`
    INSERT INTO outreach_daily (organisation_id, day, dim, team_id, key, contacts, anonymous)
    SELECT ${org}::uuid, day, CASE WHEN GROUPING(channel) = 0 THEN 'channel' ELSE 'area' END, team_id,
      CASE WHEN GROUPING(channel) = 0 THEN channel ELSE area_id::text END,
      count(*), COALESCE(sum(head_count), 0)
    FROM ${src} c
    GROUP BY GROUPING SETS ((day, team_id, channel), (day, team_id, area_id))`.execute(tx);
  await sql`
    INSERT INTO outreach_daily (organisation_id, day, dim, team_id, key, contacts, anonymous)
    SELECT ${org}::uuid, day, 'target_group', team_id, tg, count(*), sum(heads)
    FROM (
      SELECT c.day, c.team_id, t.tg, 0 AS heads FROM ${src} c ${groupsOf}
      UNION ALL
      SELECT c.day, c.team_id, g->>'targetGroupId', sum((g->>'count')::int)
      FROM ${src} c CROSS JOIN LATERAL jsonb_array_elements(c.breakdown->'targetGroups') AS g
      WHERE c.kind = 'anonymous' GROUP BY c.id, c.day, c.team_id, g->>'targetGroupId'
    ) x GROUP BY day, team_id, tg`.execute(tx);
  await sql`
    INSERT INTO outreach_daily_materials (organisation_id, day, dim, team_id, key, material_id, quantity)
    SELECT ${org}::uuid, day, CASE WHEN GROUPING(channel) = 0 THEN 'channel' ELSE 'area' END, team_id,
      CASE WHEN GROUPING(channel) = 0 THEN channel ELSE area_id::text END, material_id, sum(quantity)
    FROM (SELECT c.day, c.team_id, c.channel, c.area_id, m.material_id, m.quantity
          FROM ${src} c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id) x
    GROUP BY GROUPING SETS ((day, team_id, channel, material_id), (day, team_id, area_id, material_id))`.execute(tx);
  await sql`
    INSERT INTO outreach_daily_materials (organisation_id, day, dim, team_id, key, material_id, quantity)
    SELECT ${org}::uuid, c.day, 'target_group', c.team_id, t.tg, m.material_id, sum(m.quantity)
    FROM ${src} c ${groupsOf}
    JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
    GROUP BY c.day, c.team_id, t.tg, m.material_id`.execute(tx);
}

/**
 * Recomputes the given local months (first days; null: all): the people met, from
 * the contacts, and the monthly sums, from the daily rows (folded just before).
 */
async function foldMonths(tx: Tx, org: string, tz: string, months: string[] | null): Promise<void> {
  const src = contactsOf(
    months === null ? null : await spans(tx, months, tz, '1 month'),
    tz,
    sql`c.client_id IS NOT NULL`,
  );
  // Numbers for people met for the first time (refreshes run one at a time: no race on max).
  await sql`
    INSERT INTO outreach_person_numbers (organisation_id, client_id, number)
    SELECT ${org}::uuid, x.client_id,
      (SELECT COALESCE(max(number), -1) FROM outreach_person_numbers) + row_number() OVER (ORDER BY x.client_id)
    FROM (SELECT DISTINCT c.client_id FROM ${src} c) x
    WHERE NOT EXISTS (SELECT 1 FROM outreach_person_numbers n WHERE n.client_id = x.client_id)`.execute(tx);
  const bit = sql`set_bit(0::bit(${sql.lit(chunkBits)}), p.number % ${sql.lit(chunkBits)}, 1)`;
  await sql`
    INSERT INTO outreach_people_monthly (organisation_id, month, dim, team_id, key, chunk, people, firsts)
    SELECT ${org}::uuid, p.month, p.dim, p.team_id, p.key, p.number / ${sql.lit(chunkBits)},
      bit_or(${bit}), bit_or(CASE WHEN p.first THEN ${bit} ELSE 0::bit(${sql.lit(chunkBits)}) END)
    FROM (
      SELECT c.month, c.team_id, x.dim, x.key, n.number, bool_or(c.kind = 'first') AS first
      FROM ${src} c
      JOIN outreach_person_numbers n ON n.organisation_id = c.organisation_id AND n.client_id = c.client_id
      JOIN clients cl ON cl.organisation_id = c.organisation_id AND cl.id = c.client_id
      CROSS JOIN LATERAL (
        SELECT 'channel' AS dim, c.channel AS key
        UNION ALL SELECT 'area', c.area_id::text
        UNION ALL SELECT 'target_group', tg FROM unnest(cl.target_group_ids::text[]) AS tg
      ) x
      GROUP BY 1, 2, 3, 4, 5
    ) p
    GROUP BY p.month, p.dim, p.team_id, p.key, p.number / ${sql.lit(chunkBits)}`.execute(tx);
  // Day ranges with every dimension named, so the (organisation, dim, day) index finds them.
  const inMonths =
    months === null
      ? sql`true`
      : sql`d.dim = ANY(${dims}::text[]) AND (${sql.join(
          months.map((m) => sql`(d.day >= ${m}::date AND d.day < ${m}::date + interval '1 month')`),
          sql` OR `,
        )})`;
  await sql`
    INSERT INTO outreach_monthly (organisation_id, month, dim, team_id, key, contacts, anonymous)
    SELECT ${org}::uuid, date_trunc('month', d.day)::date, d.dim, d.team_id, d.key, sum(d.contacts), sum(d.anonymous)
    FROM outreach_daily d WHERE ${inMonths} GROUP BY 2, 3, 4, 5`.execute(tx);
  await sql`
    INSERT INTO outreach_monthly_materials (organisation_id, month, dim, team_id, key, material_id, quantity)
    SELECT ${org}::uuid, date_trunc('month', d.day)::date, d.dim, d.team_id, d.key, d.material_id, sum(d.quantity)
    FROM outreach_daily_materials d WHERE ${inMonths} GROUP BY 2, 3, 4, 5, 6`.execute(tx);
}

/**
 * Folds what the log holds for one organisation (or rebuilds everything when the
 * rollups are missing, in another time zone, or `full` is asked). Refreshes of one
 * organisation run one at a time (advisory lock); each statement after the lock
 * sees everything committed before it, and a contact committed after the log was
 * taken keeps its log row, so its day stays dirty until the next refresh.
 */
export async function refreshOutreachRollups(
  db: Db,
  organisationId: string,
  options: { full?: boolean } = {},
): Promise<RollupRefresh> {
  return withTenant(db, { organisationId, userId: null }, async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('kontakt.outreach_rollup:' || ${organisationId}, 0))`.execute(
      tx,
    );
    const org = await tx
      .selectFrom('organisations')
      .leftJoin('outreach_rollup_state as s', 's.organisation_id', 'organisations.id')
      .select(['organisations.time_zone', 's.time_zone as rollup_zone'])
      .where('organisations.id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const tz = org.time_zone;
    await sql`SELECT set_config('work_mem', '64MB', true)`.execute(tx);
    if (options.full || org.rollup_zone !== tz) {
      await tx.deleteFrom('outreach_dirty').execute();
      await tx.deleteFrom('outreach_daily').execute();
      await tx.deleteFrom('outreach_daily_materials').execute();
      await tx.deleteFrom('outreach_people_monthly').execute();
      await tx.deleteFrom('outreach_monthly').execute();
      await tx.deleteFrom('outreach_monthly_materials').execute();
      await foldDays(tx, organisationId, tz, null);
      await foldMonths(tx, organisationId, tz, null);
      await sql`INSERT INTO outreach_rollup_state (organisation_id, time_zone) VALUES (${organisationId}, ${tz})
        ON CONFLICT (organisation_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, refreshed_at = now()`.execute(tx);
      const { rows } = await sql<{ days: number; months: number }>`
        SELECT (SELECT count(DISTINCT day) FROM outreach_daily)::int AS days,
               (SELECT count(DISTINCT month) FROM outreach_people_monthly)::int AS months`.execute(tx);
      return { mode: 'full', days: rows[0]?.days ?? 0, months: rows[0]?.months ?? 0 };
    }
    // Every log row committed before this statement; later ones stay for the next refresh.
    const { rows } = await sql<{ day: string }>`
      WITH taken AS (DELETE FROM outreach_dirty RETURNING occurred_at)
      SELECT DISTINCT ((occurred_at AT TIME ZONE ${tz})::date)::text AS day FROM taken ORDER BY 1`.execute(tx);
    if (rows.length === 0) return { mode: 'none', days: 0, months: 0 };
    const days = rows.map((r) => r.day);
    const months = [...new Set(days.map((d) => `${d.slice(0, 7)}-01`))];
    await tx.deleteFrom('outreach_daily').where('dim', 'in', dims).where('day', 'in', days).execute();
    await tx.deleteFrom('outreach_daily_materials').where('dim', 'in', dims).where('day', 'in', days).execute();
    await tx.deleteFrom('outreach_people_monthly').where('dim', 'in', dims).where('month', 'in', months).execute();
    await tx.deleteFrom('outreach_monthly').where('dim', 'in', dims).where('month', 'in', months).execute();
    await tx.deleteFrom('outreach_monthly_materials').where('dim', 'in', dims).where('month', 'in', months).execute();
    await foldDays(tx, organisationId, tz, days);
    await foldMonths(tx, organisationId, tz, months);
    await tx
      .updateTable('outreach_rollup_state')
      .set({ refreshed_at: sql`now()` })
      .where('organisation_id', '=', organisationId)
      .execute();
    return { mode: 'days', days: days.length, months: months.length };
  });
}

const queue = 'outreach.rollups';

/** What the job needs: the owner pool lists organisations, the app database folds each under RLS. */
export interface OutreachJobDeps {
  ownerPool: pg.Pool;
  app: Db;
  log: Logger;
}

/** The organisations with something to fold: logged changes, or rollups missing or in another time zone. */
export async function refreshDueRollups(deps: OutreachJobDeps): Promise<RollupRefresh[]> {
  const { rows } = await deps.ownerPool.query<{ id: string }>(`
    SELECT o.id FROM organisations o
    WHERE EXISTS (SELECT 1 FROM outreach_dirty d WHERE d.organisation_id = o.id)
       OR NOT EXISTS (SELECT 1 FROM outreach_rollup_state s WHERE s.organisation_id = o.id AND s.time_zone = o.time_zone)`);
  const done: RollupRefresh[] = [];
  for (const { id } of rows) done.push(await refreshOutreachRollups(deps.app, id));
  return done;
}

/**
 * Registers the rollup job on a started pg-boss: every minute, fold what is due
 * in every organisation. Call after `boss.start()`.
 */
export async function registerOutreachJobs(boss: PgBoss, deps: OutreachJobDeps): Promise<void> {
  await boss.createQueue(queue);
  await boss.schedule(queue, '* * * * *');
  await boss.work(queue, async () => {
    const started = performance.now();
    const done = await refreshDueRollups(deps);
    if (done.length > 0)
      deps.log.info(
        {
          organisations: done.length,
          days: done.reduce((n, d) => n + d.days, 0),
          ms: Math.round(performance.now() - started),
        },
        'jobs: outreach rollups folded',
      );
  });
}
