import { sql } from 'kysely';
import type { RecordScope } from '#core/permissions/scopes';
import { organisationSettings } from '#core/schemas/organisation';
import type { OutreachStatistics, statisticsGroupings } from '#core/schemas/outreach-stats';
import type { Tx } from '../../platform/db/tenancy';
import './rollup-tables';
import { addDays, planStatistics } from './statistics-plan';
import {
  countsStatement,
  type MaterialRow,
  materialsStatement,
  type PeopleRow,
  peopleStatement,
  type StatisticsSource,
} from './statistics-sql';

type Grouping = (typeof statisticsGroupings)[number];

export interface StatisticsContext {
  userId: string;
  scope: RecordScope;
  /** Viewers' figures leave the organisation: small counts are suppressed. */
  suppress: boolean;
}

/**
 * Contacts, unique people (named clients, counted once), new people (first
 * cards) and anonymous head counts for a period in the organisation's time
 * zone, optionally by area, channel, team or target group; and materials
 * handed out. Clean days come from the rollups (rollup.ts), days with changes
 * not folded yet from the contacts, so a contact counts as soon as it is
 * committed. `rollups: false` counts everything from the contacts (tests and
 * benchmarks compare the two).
 */
export async function outreachStatistics(
  tx: Tx,
  organisationId: string,
  ctx: StatisticsContext,
  query: { from: string; to: string; groupBy: Grouping },
  options: { rollups?: boolean } = {},
): Promise<OutreachStatistics> {
  const { rows } = await sql<{
    time_zone: string;
    settings: unknown;
    rollups: boolean;
    dirty: { day: string; only_added: boolean }[] | null;
  }>`
    SELECT o.time_zone, o.settings, s.time_zone IS NOT DISTINCT FROM o.time_zone AS rollups,
      (SELECT json_agg(x) FROM (
        SELECT ((d.occurred_at AT TIME ZONE o.time_zone)::date)::text AS day, bool_and(d.only_added) AS only_added
        FROM outreach_dirty d
        WHERE s.time_zone = o.time_zone
          AND d.occurred_at >= (${query.from}::date)::timestamp AT TIME ZONE o.time_zone
          AND d.occurred_at < (${query.to}::date + 1)::timestamp AT TIME ZONE o.time_zone
        GROUP BY 1) x) AS dirty
    FROM organisations o LEFT JOIN outreach_rollup_state s ON s.organisation_id = o.id
    WHERE o.id = ${organisationId}`.execute(tx);
  const org = rows[0];
  if (!org) throw new Error('organisation not found');
  const threshold = ctx.suppress ? organisationSettings.parse(org.settings).smallCountThreshold : null;
  const teams =
    ctx.scope === 'team'
      ? (await tx.selectFrom('team_members').select('team_id').where('user_id', '=', ctx.userId).execute()).map(
          (r) => r.team_id,
        )
      : [];
  const rollups = options.rollups !== false && org.rollups;
  const dirty = org.dirty ?? [];
  const plan = planStatistics(
    query.from,
    query.to,
    rollups,
    dirty.map((d) => d.day),
    dirty.filter((d) => !d.only_added).map((d) => d.day),
  );
  const days = [
    ...new Set(
      [...plan.liveDays, ...plan.livePeopleDays, { from: query.from, until: addDays(query.to, 1) }].flatMap((r) => [
        r.from,
        r.until,
      ]),
    ),
  ];
  const { rows: starts } = await sql<{ day: string; at: Date }>`
    SELECT d::text AS day, d::timestamp AT TIME ZONE ${org.time_zone} AS at FROM unnest(${days}::date[]) AS d`.execute(
    tx,
  );
  const instants = new Map(starts.map((r) => [r.day, r.at]));
  const source: StatisticsSource = {
    from: query.from,
    to: query.to,
    plan,
    scope: ctx.scope,
    userId: ctx.userId,
    teams,
    rollups,
    instant: (day) => {
      const at = instants.get(day);
      if (!at) throw new Error(`no start for ${day}`);
      return at;
    },
  };
  // Sorting the distinct people needs more than the default 4 MB.
  await sql`SELECT set_config('work_mem', '64MB', true)`.execute(tx);
  const counts = (await countsStatement(source, query.groupBy).execute(tx)).rows;
  const people = (await peopleStatement(source, query.groupBy).execute(tx)).rows;
  const materials = (await materialsStatement(source, query.groupBy).execute(tx)).rows;

  const hide = (n: number) => (threshold !== null && n > 0 && n < threshold ? null : n);
  const peopleOf = (total: boolean, key: string | null): PeopleRow | undefined =>
    people.find((p) => p.total === total && (total || p.key === key));
  const shape = (total: boolean, key: string | null, c: { contacts: number; anonymous: number } | undefined) => {
    const p = peopleOf(total, key);
    return {
      contacts: hide(c?.contacts ?? 0),
      uniquePeople: hide(p?.unique_people ?? 0),
      newPeople: hide(p?.new_people ?? 0),
      anonymousHeadCount: hide(c?.anonymous ?? 0),
      materials: materials
        .filter((m: MaterialRow) => m.total === total && (total || m.key === key))
        .map((m) => ({ materialId: m.material_id, quantity: hide(m.quantity) })),
    };
  };
  const totals = counts.find((c) => c.total);
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    suppressedBelow: threshold,
    totals: shape(true, null, totals),
    groups:
      query.groupBy === 'none'
        ? []
        : counts.filter((c) => !c.total && c.contacts > 0).map((c) => ({ key: c.key, ...shape(false, c.key, c) })),
  };
}
