import { useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { type Action, can } from '#core/permissions/index';
import { statisticsGroupings } from '#core/schemas/outreach-stats';
import {
  type OutreachStatistics,
  type StatisticsFigures,
  type StatisticsGrouping,
  useOutreachStatistics,
} from '../../api/outreachStats';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { catalogueLabel, formatDay } from '../clients/labels';
import { useCatalogueNames, useMaterialLabel, useNumberFormat, usePlaceNames } from './names';
import { PeriodFields, periodOf } from './period';
import './outreach.css';

// The bars load with this screen only, after its table.
const StatisticsChart = lazy(() => import('./StatisticsChart').then((m) => ({ default: m.StatisticsChart })));

function asGrouping(value: string | undefined): StatisticsGrouping {
  return (statisticsGroupings as readonly string[]).includes(value ?? '') ? (value as StatisticsGrouping) : 'none';
}

/** A count, or "< 5" where it was suppressed for a viewer (small counts could point at a person). */
function useCount(suppressedBelow: number | null) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  return (n: number | null) =>
    n === null
      ? suppressedBelow !== null
        ? t('outreachStats.suppressed', { n: nf.number(suppressedBelow) })
        : t('outreachStats.notAvailable')
      : nf.number(n);
}

/**
 * Group and material names: from the lists the role reads, else from the names
 * the answer carries (a viewer reads no lists, only these).
 */
function useGroupName(groupBy: StatisticsGrouping, names: OutreachStatistics['names']) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const places = usePlaceNames();
  const groups = useCatalogueNames('target_group');
  const readsCatalogues = can(me.roles, 'catalogues.read');
  const item = (key: string) => {
    const named = names.items[key];
    return named ? catalogueLabel(named, i18n.language) : t('outreach.unknownItem');
  };
  return (key: string | null) => {
    if (key === null) return t(`outreachStats.noGroup.${groupBy}`);
    if (groupBy === 'area')
      return places.readable.areas ? places.area(key) : (names.areas[key] ?? t('outreach.unknownArea'));
    if (groupBy === 'team')
      return places.readable.teams ? places.team(key) : (names.teams[key] ?? t('outreach.unknownTeam'));
    if (groupBy === 'channel') return t(`shifts.channels.${key}`);
    if (groupBy === 'target_group') return readsCatalogues ? groups.name(key) : item(key);
    return key;
  };
}

function useMaterialName(names: OutreachStatistics['names']) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const fromCatalogue = useMaterialLabel();
  if (can(me.roles, 'catalogues.read')) return fromCatalogue;
  return (id: string) => {
    const named = names.items[id];
    if (!named) return t('outreach.unknownItem');
    const name = catalogueLabel(named, i18n.language);
    return named.unit && named.unit !== 'piece'
      ? t('outreach.materialWithUnit', { name, unit: t(`units.${named.unit}`) })
      : name;
  };
}

function Figures({ stats }: { stats: OutreachStatistics }) {
  const { t, i18n } = useTranslation();
  const count = useCount(stats.suppressedBelow);
  const groupName = useGroupName(stats.groupBy, stats.names);
  const materialLabel = useMaterialName(stats.names);
  const grouped = stats.groupBy !== 'none';
  const rows: { key: string; label: string; figures: StatisticsFigures; total?: boolean }[] = [
    ...stats.groups.map((g, i) => ({ key: g.key ?? `none-${i}`, label: groupName(g.key), figures: g })),
    { key: 'total', label: t('outreachStats.total'), figures: stats.totals, total: true },
  ];
  const columns = ['contacts', 'uniquePeople', 'newPeople', 'anonymousHeadCount'] as const;
  const materialIds = stats.totals.materials.map((m) => m.materialId);
  const quantity = (figures: StatisticsFigures, materialId: string) =>
    count(figures.materials.find((m) => m.materialId === materialId)?.quantity ?? 0);
  const period = t('outreachStats.period', {
    from: formatDay(stats.from, i18n.language),
    to: formatDay(stats.to, i18n.language),
  });

  return (
    <div className="stack">
      <p className="muted" aria-live="polite">
        {period}
      </p>
      {stats.suppressedBelow !== null ? (
        <p className="alert alert-info">{t('outreachStats.suppressedNote', { n: String(stats.suppressedBelow) })}</p>
      ) : null}
      <p className="field-description">{t('outreachStats.uniqueNote')}</p>
      <DataTable caption={t('outreachStats.tableCaption')}>
        <thead>
          <tr>
            <th scope="col">
              {grouped ? t(`outreachStats.groupings.${stats.groupBy}`) : t('outreachStats.periodColumn')}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`outreachStats.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(grouped ? rows : rows.filter((r) => r.total)).map((row) => (
            <tr key={row.key} className={row.total ? 'total-row' : undefined}>
              <th scope="row">{row.total && !grouped ? period : row.label}</th>
              {columns.map((c) => (
                <td key={c} className="num">
                  {count(row.figures[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {grouped && stats.groups.length > 0 ? (
        <Suspense fallback={null}>
          <StatisticsChart
            title={t('outreachStats.chartTitle', { grouping: t(`outreachStats.groupings.${stats.groupBy}`) })}
            rows={stats.groups.map((g, i) => ({
              key: g.key ?? `none-${i}`,
              label: groupName(g.key),
              value: g.contacts,
              valueText: count(g.contacts),
            }))}
          />
        </Suspense>
      ) : null}
      <h2 id="materials-title">{t('outreachStats.materials')}</h2>
      {materialIds.length === 0 ? (
        <p>{t('contacts.noMaterials')}</p>
      ) : (
        <DataTable caption={t('outreachStats.materials')}>
          <thead>
            <tr>
              <th scope="col">{t('stock.material')}</th>
              {grouped
                ? stats.groups.map((g, i) => (
                    <th key={g.key ?? `none-${i}`} scope="col" className="num">
                      {groupName(g.key)}
                    </th>
                  ))
                : null}
              <th scope="col" className="num">
                {t('outreachStats.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {materialIds.map((materialId) => (
              <tr key={materialId}>
                <th scope="row">{materialLabel(materialId)}</th>
                {grouped
                  ? stats.groups.map((g, i) => (
                      <td key={g.key ?? `none-${i}`} className="num">
                        {quantity(g, materialId)}
                      </td>
                    ))
                  : null}
                <td className="num">{quantity(stats.totals, materialId)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}

/**
 * Outreach in numbers for a period: contacts, unique and new people, anonymous
 * head counts (beside named people, never added in) and materials, optionally
 * grouped by area, channel, team or target group.
 */
export function StatisticsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/outreach/statistics' });
  const search = useSearch({ from: '/app/outreach/statistics' });
  const period = periodOf(search);
  // A grouping is offered only where the role can name its groups (a viewer sees no area, team or catalogue list).
  const names: Record<StatisticsGrouping, Action | null> = {
    none: null,
    channel: null,
    area: 'areas.read',
    team: 'teams.read',
    target_group: 'catalogues.read',
  };
  const groupings = statisticsGroupings.filter((g) => {
    const needed = names[g];
    return needed === null || can(me.roles, needed);
  });
  const asked = asGrouping(search.groupBy);
  const groupBy = groupings.includes(asked) ? asked : 'none';
  const stats = useOutreachStatistics({ from: period.from, to: period.to, groupBy }, period.valid);
  const set = (patch: Partial<typeof search>) => void navigate({ search: compact({ ...search, ...patch }) });

  return (
    <div className="stack">
      <PageHeader title={t('nav.outreachStatistics')}>
        <p className="muted">{t('outreachStats.intro')}</p>
      </PageHeader>
      <div className="filters">
        <PeriodFields from={period.from} to={period.to} onChange={set} />
        <Select
          name="groupBy"
          label={t('outreachStats.groupBy')}
          options={groupings.map((id) => ({ id, label: t(`outreachStats.groupings.${id}`) }))}
          value={groupBy}
          onChange={(v) => set({ groupBy: v === 'none' ? undefined : v })}
        />
      </div>
      {period.valid ? <QueryState query={stats}>{(s) => <Figures stats={s} />}</QueryState> : null}
    </div>
  );
}
