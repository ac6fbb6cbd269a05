import type { z } from 'zod';
import type { statisticsNames as namesSchema, OutreachStatistics } from '#core/schemas/outreach-stats';
import type { Tx } from '../../platform/db/tenancy';

/** Names of the areas, teams, target groups and materials an answer mentions (see `statisticsNames`). */
export async function statisticsNames(tx: Tx, stats: OutreachStatistics): Promise<z.infer<typeof namesSchema>> {
  const keys = stats.groups.map((g) => g.key).filter((k): k is string => k !== null);
  const areaIds = stats.groupBy === 'area' ? keys : [];
  const teamIds = stats.groupBy === 'team' ? keys : [];
  const itemIds = [
    ...new Set([
      ...(stats.groupBy === 'target_group' ? keys : []),
      ...stats.totals.materials.map((m) => m.materialId),
      ...stats.groups.flatMap((g) => g.materials.map((m) => m.materialId)),
    ]),
  ];
  const [areas, teams, items] = await Promise.all([
    areaIds.length ? tx.selectFrom('areas').select(['id', 'name']).where('id', 'in', areaIds).execute() : [],
    teamIds.length ? tx.selectFrom('teams').select(['id', 'name']).where('id', 'in', teamIds).execute() : [],
    itemIds.length
      ? tx.selectFrom('catalogue_items').select(['id', 'key', 'labels', 'unit']).where('id', 'in', itemIds).execute()
      : [],
  ]);
  return {
    areas: Object.fromEntries(areas.map((a) => [a.id, a.name])),
    teams: Object.fromEntries(teams.map((t) => [t.id, t.name])),
    items: Object.fromEntries(
      items.map((i) => [i.id, { key: i.key, labels: i.labels as Record<string, string>, unit: i.unit }]),
    ),
  };
}
