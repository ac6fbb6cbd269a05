import { type RawBuilder, sql } from 'kysely';
import type { RecordScope } from '#core/permissions/scopes';
import { chunkBits } from './rollup';
import { addDays, type DayRange, type StatisticsPlan } from './statistics-plan';

/**
 * The statements of the outreach statistics. Every figure is a sum over two
 * disjoint parts: rollup rows for the clean days of the period, and the contacts
 * of the rest (dirty days; for the distinct people, the days outside whole clean
 * months). Scope `team` reads the rollups of the user's teams and, live, their own
 * contacts outside those teams; scope `own` is all live.
 */
export type StatisticsGrouping = 'none' | 'area' | 'channel' | 'team' | 'target_group';

export interface StatisticsSource {
  from: string;
  to: string;
  plan: StatisticsPlan;
  scope: RecordScope;
  userId: string;
  /** The user's teams (scope `team`). */
  teams: string[];
  /** Whether rollups may be read at all. */
  rollups: boolean;
  /** The instant a local day starts (every day the plan names, and the day after the period). */
  instant: (day: string) => Date;
}

const none = sql<string | null>`NULL::text`;

/** The team condition on a rollup row (alias `d`), or null when no rollup row is in scope. */
function rollupTeams(s: StatisticsSource, alias: 'd' | 'p'): RawBuilder<boolean> | null {
  if (!s.rollups || s.scope === 'own') return null;
  if (s.scope === 'all') return sql<boolean>`true`;
  return sql<boolean>`${sql.ref(`${alias}.team_id`)} = ANY(${s.teams}::uuid[])`;
}

/**
 * Contacts counted live (alias `c`, the listed columns): those of the scope on the
 * given days that the rollups would hold, and for scopes team and own, the user's
 * own contacts outside their teams over the whole period (the rollups never hold those).
 */
function live(s: StatisticsSource, days: DayRange[], breakdown = false): RawBuilder<unknown> {
  const cols = sql.raw(
    `c.organisation_id, c.id, c.kind, c.client_id, c.channel, c.team_id, c.area_id, c.head_count${breakdown ? ', c.breakdown' : ''}`,
  );
  const parts: RawBuilder<unknown>[] = [];
  if (s.scope !== 'own' && days.length > 0) {
    const teams = s.scope === 'team' ? sql`c.team_id = ANY(${s.teams}::uuid[])` : sql`true`;
    // Bounds as values, so the planner sees how few contacts a dirty day holds.
    const ranges = sql.join(
      days.map((d) => sql`(c.occurred_at >= ${s.instant(d.from)} AND c.occurred_at < ${s.instant(d.until)})`),
      sql` OR `,
    );
    parts.push(sql`SELECT ${cols} FROM contacts c WHERE (${ranges}) AND ${teams}`);
  }
  if (s.scope !== 'all') {
    const period = sql`c.occurred_at >= ${s.instant(s.from)} AND c.occurred_at < ${s.instant(addDays(s.to, 1))}
      AND NOT COALESCE(c.team_id = ANY(${s.teams}::uuid[]), false)`;
    parts.push(sql`SELECT ${cols} FROM contacts c WHERE c.worker_id = ${s.userId} AND ${period}`);
    // Matches the partial index contacts_other_creator_idx; disjoint from the worker's own.
    parts.push(sql`SELECT ${cols} FROM contacts c
      WHERE c.created_by = ${s.userId} AND c.created_by IS DISTINCT FROM c.worker_id AND ${period}`);
  }
  if (parts.length === 0) return sql`SELECT ${cols} FROM contacts c WHERE false`;
  return sql.join(parts, sql` UNION ALL `);
}

/**
 * Rollup rows of one dimension in scope (alias `d`): monthly rows for the clean
 * months, daily rows for the other clean days. Null when no rollup is in scope.
 */
function rollupRows(
  s: StatisticsSource,
  kind: 'figures' | 'materials',
  dim: string,
  key: RawBuilder<unknown>,
): RawBuilder<unknown> | null {
  const teams = rollupTeams(s, 'd');
  if (!teams) return null;
  const cols = sql.raw(kind === 'figures' ? 'd.contacts, d.anonymous' : 'd.material_id, d.quantity');
  const [monthly, daily] =
    kind === 'figures'
      ? ['outreach_monthly', 'outreach_daily']
      : ['outreach_monthly_materials', 'outreach_daily_materials'];
  const parts: RawBuilder<unknown>[] = [];
  if (s.plan.wholeMonths.length > 0)
    parts.push(sql`SELECT ${key} AS key, ${cols} FROM ${sql.table(monthly!)} d
      WHERE d.dim = ${dim} AND d.month = ANY(${s.plan.wholeMonths}::date[]) AND ${teams}`);
  if (s.plan.dailyDays.length > 0) {
    const days = sql.join(
      s.plan.dailyDays.map((r) => sql`(d.day >= ${r.from}::date AND d.day < ${r.until}::date)`),
      sql` OR `,
    );
    parts.push(sql`SELECT ${key} AS key, ${cols} FROM ${sql.table(daily!)} d
      WHERE d.dim = ${dim} AND (${days}) AND ${teams}`);
  }
  return parts.length > 0 ? sql.join(parts, sql` UNION ALL `) : null;
}

/** Rollup rows (when any) followed by live rows. */
const withRollup = (rollup: RawBuilder<unknown> | null, liveRows: RawBuilder<unknown>) =>
  rollup ? sql`${rollup} UNION ALL ${liveRows}` : liveRows;

/** Additive keys: rollup dimension and key expression, and the same key on a live contact. */
function keys(groupBy: Exclude<StatisticsGrouping, 'target_group'>) {
  switch (groupBy) {
    case 'none':
      return { dim: 'channel', rollup: none, person: none, contact: none };
    case 'channel':
      return { dim: 'channel', rollup: sql`d.key`, person: sql`p.channel`, contact: sql`c.channel` };
    case 'area':
      return { dim: 'area', rollup: sql`d.key`, person: sql`p.area_id::text`, contact: sql`c.area_id::text` };
    case 'team':
      return {
        dim: 'channel',
        rollup: sql`d.team_id::text`,
        person: sql`p.team_id::text`,
        contact: sql`c.team_id::text`,
      };
  }
}

/**
 * Whether the live part is small enough to look each contact's person up by index:
 * a few days of the whole organisation. Otherwise one hash join over the people is cheaper.
 */
function fewLive(s: StatisticsSource, days: DayRange[]): boolean {
  const count = days.reduce((n, d) => n + (Date.parse(d.until) - Date.parse(d.from)) / 86_400_000, 0);
  return s.scope === 'all' && count <= 7;
}

/** A person's target groups (alias `t.tg`; kept distinct by the clients module), for a row `c` naming a client. */
const groupsOf = (lookup: boolean) =>
  lookup
    ? sql`CROSS JOIN LATERAL unnest((SELECT p.target_group_ids::text[] FROM clients p
        WHERE p.organisation_id = c.organisation_id AND p.id = c.client_id)) AS t(tg)`
    : sql`JOIN clients p ON p.organisation_id = c.organisation_id AND p.id = c.client_id
        CROSS JOIN LATERAL unnest(p.target_group_ids::text[]) AS t(tg)`;

/** Rows (key, contacts, anonymous) of one additive dimension; the live part reads `live`. */
function countRows(s: StatisticsSource, groupBy: Exclude<StatisticsGrouping, 'target_group'>): RawBuilder<unknown> {
  const k = keys(groupBy);
  return withRollup(
    rollupRows(s, 'figures', k.dim, k.rollup),
    sql`SELECT ${k.contact} AS key, 1 AS contacts, COALESCE(c.head_count, 0) AS anonymous FROM live c`,
  );
}

/** Contacts and anonymous heads: the totals row (`total`) and, grouped, one row per key. */
export function countsStatement(s: StatisticsSource, groupBy: StatisticsGrouping): RawBuilder<CountRow> {
  const liveCte = sql`live AS (${live(s, s.plan.liveDays, groupBy === 'target_group')})`;
  const sums = sql`COALESCE(sum(contacts), 0)::int AS contacts, COALESCE(sum(anonymous), 0)::int AS anonymous`;
  if (groupBy === 'none')
    return sql<CountRow>`WITH ${liveCte} SELECT true AS total, NULL::text AS key, ${sums} FROM (${countRows(s, 'none')}) x`;
  if (groupBy !== 'target_group')
    return sql<CountRow>`WITH ${liveCte}
      SELECT GROUPING(key) = 1 AS total, key, ${sums} FROM (${countRows(s, groupBy)}) x
      GROUP BY GROUPING SETS ((), (key)) ORDER BY total DESC, key NULLS LAST`;
  const byGroup = withRollup(
    rollupRows(s, 'figures', 'target_group', sql`d.key`),
    sql`SELECT t.tg, 1, 0 FROM live c ${groupsOf(fewLive(s, s.plan.liveDays))}
      UNION ALL
      SELECT g->>'targetGroupId', 1, sum((g->>'count')::int) FROM live c
        CROSS JOIN LATERAL jsonb_array_elements(c.breakdown->'targetGroups') AS g
        WHERE c.kind = 'anonymous' GROUP BY c.id, g->>'targetGroupId'`,
  );
  return sql<CountRow>`WITH ${liveCte}
    SELECT true AS total, NULL::text AS key, ${sums} FROM (${countRows(s, 'none')}) x
    UNION ALL
    (SELECT false, key, ${sums} FROM (${byGroup}) x (key, contacts, anonymous) GROUP BY key ORDER BY key)`;
}

/**
 * Unique and new people: the totals row and, grouped, one row per key. Clean months
 * come as bitmaps over person numbers, OR-ed per key and chunk and counted; people met
 * on the other days count only when their bit is not already set (or they have no
 * number yet: not folded, so in no bitmap).
 */
export function peopleStatement(s: StatisticsSource, groupBy: StatisticsGrouping): RawBuilder<PeopleRow> {
  const teams = rollupTeams(s, 'd');
  const months = s.plan.peopleMonths;
  const bits = sql.lit(chunkBits);
  const monthly = (total: boolean, dim: string, key: RawBuilder<unknown>) =>
    sql`SELECT ${sql.raw(String(total))} AS total, ${key} AS key, d.chunk, bit_or(d.people) AS people, bit_or(d.firsts) AS firsts
      FROM outreach_people_monthly d WHERE d.dim = ${dim} AND d.month = ANY(${months}::date[]) AND ${teams}
      GROUP BY 2, 3`;
  const grouped = groupBy !== 'none';
  const k = keys(groupBy === 'target_group' ? 'none' : groupBy);
  const aggParts =
    teams && months.length > 0
      ? [
          monthly(true, 'channel', none),
          ...(grouped
            ? [
                monthly(
                  false,
                  groupBy === 'target_group' ? 'target_group' : k.dim,
                  groupBy === 'target_group' ? sql`d.key` : k.rollup,
                ),
              ]
            : []),
        ]
      : [
          sql`SELECT true AS total, NULL::text AS key, 0 AS chunk, NULL::bit(${bits}) AS people, NULL::bit(${bits}) AS firsts WHERE false`,
        ];
  const lookup = fewLive(s, s.plan.livePeopleDays);
  const liveKey =
    groupBy === 'target_group'
      ? sql`SELECT false AS total, t.tg AS key, c.client_id, c.kind = 'first' AS first FROM live c ${groupsOf(lookup)}`
      : sql`SELECT false AS total, ${k.contact} AS key, c.client_id, c.kind = 'first' AS first FROM live c`;
  return sql<PeopleRow>`WITH live AS (SELECT * FROM (${live(s, s.plan.livePeopleDays)}) c WHERE c.client_id IS NOT NULL),
    agg AS (${sql.join(aggParts, sql` UNION ALL `)}),
    lp AS (SELECT total, key, client_id, bool_or(first) AS first FROM (
        SELECT true AS total, NULL::text AS key, c.client_id, c.kind = 'first' AS first FROM live c
        ${grouped ? sql`UNION ALL ${liveKey}` : sql``}) x
      GROUP BY total, key, client_id),
    extra AS (
      SELECT lp.total, lp.key,
        count(*) FILTER (WHERE a.people IS NULL OR get_bit(a.people, n.number % ${bits}) = 0) AS people,
        count(*) FILTER (WHERE lp.first AND (a.firsts IS NULL OR get_bit(a.firsts, n.number % ${bits}) = 0)) AS firsts
      FROM lp ${
        lookup
          ? sql`LEFT JOIN LATERAL (SELECT n.number FROM outreach_person_numbers n WHERE n.client_id = lp.client_id OFFSET 0) n ON true`
          : sql`LEFT JOIN outreach_person_numbers n ON n.client_id = lp.client_id`
      }
      LEFT JOIN agg a ON a.total = lp.total AND COALESCE(a.key, '') = COALESCE(lp.key, '') AND a.chunk = n.number / ${bits}
      GROUP BY lp.total, lp.key)
    SELECT total, key, COALESCE(sum(people), 0)::int AS unique_people, COALESCE(sum(firsts), 0)::int AS new_people
    FROM (SELECT total, key, bit_count(people) AS people, bit_count(firsts) AS firsts FROM agg
          UNION ALL SELECT total, key, people, firsts FROM extra) x
    GROUP BY total, key`;
}

/** Materials handed out: totals (`total`) and, grouped, per key; by material id. */
export function materialsStatement(s: StatisticsSource, groupBy: StatisticsGrouping): RawBuilder<MaterialRow> {
  const liveCte = sql`live AS (${live(s, s.plan.liveDays)})`;
  const k = keys(groupBy === 'target_group' ? 'none' : groupBy);
  const joinItems = sql`JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id`;
  const plain = withRollup(
    rollupRows(s, 'materials', k.dim, k.rollup),
    sql`SELECT ${k.contact} AS key, m.material_id, m.quantity FROM live c ${joinItems}`,
  );
  const sum = sql`sum(quantity)::int AS quantity`;
  if (groupBy === 'none')
    return sql<MaterialRow>`WITH ${liveCte}
      SELECT true AS total, NULL::text AS key, material_id, ${sum} FROM (${plain}) x GROUP BY material_id ORDER BY material_id`;
  if (groupBy !== 'target_group')
    return sql<MaterialRow>`WITH ${liveCte}
      SELECT GROUPING(key) = 1 AS total, key, material_id, ${sum} FROM (${plain}) x
      GROUP BY GROUPING SETS ((material_id), (key, material_id)) ORDER BY material_id`;
  const byGroup = withRollup(
    rollupRows(s, 'materials', 'target_group', sql`d.key`),
    sql`SELECT t.tg AS key, m.material_id, m.quantity FROM live c ${groupsOf(fewLive(s, s.plan.liveDays))} ${joinItems}`,
  );
  return sql<MaterialRow>`WITH ${liveCte}
    SELECT true AS total, NULL::text AS key, material_id, ${sum} FROM (${plain}) x GROUP BY material_id
    UNION ALL
    SELECT false, key, material_id, ${sum} FROM (${byGroup}) x GROUP BY key, material_id
    ORDER BY material_id`;
}

export interface CountRow {
  total: boolean;
  key: string | null;
  contacts: number;
  anonymous: number;
}
export interface PeopleRow {
  total: boolean;
  key: string | null;
  unique_people: number;
  new_people: number;
}
export interface MaterialRow {
  total: boolean;
  key: string | null;
  material_id: string;
  quantity: number;
}
