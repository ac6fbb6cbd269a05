import { type RawBuilder, sql } from 'kysely';
import type { RecordScope } from '#core/permissions/scopes';
import { organisationSettings } from '#core/schemas/organisation';
import type { OutreachStatistics, statisticsGroupings } from '#core/schemas/outreach-stats';
import type { Tx } from '../../platform/db/tenancy';

type Grouping = (typeof statisticsGroupings)[number];

export interface StatisticsContext {
  userId: string;
  scope: RecordScope;
  /** Viewers' figures leave the organisation: small counts are suppressed. */
  suppress: boolean;
}

const keyOf: Record<Exclude<Grouping, 'target_group'>, RawBuilder<string | null>> = {
  none: sql`NULL::text`,
  area: sql`c.area_id::text`,
  channel: sql`c.channel`,
  team: sql`c.team_id::text`,
};

function scopeFilter(ctx: StatisticsContext): RawBuilder<boolean> {
  if (ctx.scope === 'all') return sql<boolean>`true`;
  const own = sql<boolean>`(c.worker_id = ${ctx.userId} OR c.created_by = ${ctx.userId})`;
  if (ctx.scope === 'own') return own;
  return sql<boolean>`(${own} OR c.team_id IN (SELECT team_id FROM team_members WHERE user_id = ${ctx.userId}))`;
}

interface Row {
  key: string | null;
  contacts: number;
  unique_people: number;
  new_people: number;
  anonymous: number;
}

/**
 * Contacts, unique people (named clients, counted once), new people (first
 * cards) and anonymous head counts for a period in the organisation's time
 * zone, optionally by area, channel, team or target group; and materials
 * handed out. One pass over the period's contacts per figure set.
 */
export async function outreachStatistics(
  tx: Tx,
  organisationId: string,
  ctx: StatisticsContext,
  query: { from: string; to: string; groupBy: Grouping },
): Promise<OutreachStatistics> {
  const org = await tx
    .selectFrom('organisations')
    .select(['time_zone', 'settings'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const threshold = ctx.suppress ? organisationSettings.parse(org.settings).smallCountThreshold : null;
  const period = sql`c.occurred_at >= (${query.from}::date)::timestamp AT TIME ZONE ${org.time_zone}
    AND c.occurred_at < (${query.to}::date + 1)::timestamp AT TIME ZONE ${org.time_zone}
    AND ${scopeFilter(ctx)}`;

  const figures = async (key: RawBuilder<string | null>) => {
    const { rows } = await sql<Row>`
      SELECT ${key} AS key, count(*)::int AS contacts,
        count(DISTINCT c.client_id)::int AS unique_people,
        count(DISTINCT c.client_id) FILTER (WHERE c.kind = 'first')::int AS new_people,
        COALESCE(sum(c.head_count), 0)::int AS anonymous
      FROM contacts c WHERE ${period} GROUP BY 1 ORDER BY 1 NULLS LAST`.execute(tx);
    const { rows: materials } = await sql<{ key: string | null; material_id: string; quantity: number }>`
      SELECT ${key} AS key, m.material_id, sum(m.quantity)::int AS quantity
      FROM contacts c JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
      WHERE ${period} GROUP BY 1, 2 ORDER BY 2`.execute(tx);
    return { rows, materials };
  };

  const byTargetGroup = async () => {
    // A person in two target groups counts in both; anonymous heads by their breakdown.
    const { rows } = await sql<Row>`
      WITH named AS (
        SELECT tg::text AS key, c.id, c.client_id, c.kind
        FROM contacts c JOIN clients p ON p.organisation_id = c.organisation_id AND p.id = c.client_id
        CROSS JOIN LATERAL unnest(p.target_group_ids) AS tg
        WHERE ${period}),
      anon AS (
        SELECT g->>'targetGroupId' AS key, c.id, (g->>'count')::int AS heads
        FROM contacts c CROSS JOIN LATERAL jsonb_array_elements(c.breakdown->'targetGroups') AS g
        WHERE ${period} AND c.kind = 'anonymous')
      SELECT key, count(DISTINCT id)::int AS contacts,
        count(DISTINCT client_id)::int AS unique_people,
        count(DISTINCT client_id) FILTER (WHERE kind = 'first')::int AS new_people,
        COALESCE(sum(heads), 0)::int AS anonymous
      FROM (SELECT key, id, client_id, kind, NULL::int AS heads FROM named
            UNION ALL SELECT key, id, NULL, 'anonymous', heads FROM anon) x
      GROUP BY key ORDER BY key`.execute(tx);
    const { rows: materials } = await sql<{ key: string; material_id: string; quantity: number }>`
      SELECT tg::text AS key, m.material_id, sum(m.quantity)::int AS quantity
      FROM contacts c JOIN clients p ON p.organisation_id = c.organisation_id AND p.id = c.client_id
      CROSS JOIN LATERAL unnest(p.target_group_ids) AS tg
      JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
      WHERE ${period} GROUP BY 1, 2 ORDER BY 2`.execute(tx);
    return { rows, materials };
  };

  const hide = (n: number) => (threshold !== null && n > 0 && n < threshold ? null : n);
  const shape = (row: Row | undefined, materials: { key: string | null; material_id: string; quantity: number }[]) => ({
    contacts: hide(row?.contacts ?? 0),
    uniquePeople: hide(row?.unique_people ?? 0),
    newPeople: hide(row?.new_people ?? 0),
    anonymousHeadCount: hide(row?.anonymous ?? 0),
    materials: materials.map((m) => ({ materialId: m.material_id, quantity: hide(m.quantity) })),
  });

  const total = await figures(keyOf.none);
  const grouped =
    query.groupBy === 'none'
      ? null
      : query.groupBy === 'target_group'
        ? await byTargetGroup()
        : await figures(keyOf[query.groupBy]);
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    suppressedBelow: threshold,
    totals: shape(total.rows[0], total.materials),
    groups: grouped
      ? grouped.rows.map((r) => ({
          key: r.key,
          ...shape(
            r,
            grouped.materials.filter((m) => m.key === r.key),
          ),
        }))
      : [],
  };
}
