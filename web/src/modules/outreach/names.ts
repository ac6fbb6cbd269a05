import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import type { CatalogueKind } from '#core/schemas/catalogues';
import { useCatalogue } from '../../api/catalogues';
import { useDirectoryUsers } from '../../api/directory';
import { useAreas, useSites, useTeams } from '../../api/places';
import { useMe } from '../../api/session';
import type { CatalogueItem } from '../../api/types';
import { intlLocale } from '../../ui/format';
import { catalogueLabel } from '../clients/labels';

/**
 * Records carry ids; these hooks name them in the UI language. Each list is
 * asked for only when the user's role may read it (a refused list would show
 * the no-access page), and an id that cannot be named reads as "unknown".
 */

export interface CatalogueNames {
  /** Active items in catalogue order, for choosing. */
  choices: CatalogueItem[];
  name: (id: string | null | undefined) => string;
  item: (id: string) => CatalogueItem | undefined;
  isPending: boolean;
}

export function useCatalogueNames(kind: CatalogueKind): CatalogueNames {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const query = useCatalogue(kind, can(me.roles, 'catalogues.read'));
  const items = query.data?.items ?? [];
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    choices: items.filter((item) => item.active).sort((a, b) => a.sortOrder - b.sortOrder),
    name: (id) => {
      const item = id ? byId.get(id) : undefined;
      return item ? catalogueLabel(item, i18n.language) : t('outreach.unknownItem');
    },
    item: (id) => byId.get(id),
    isPending: query.isPending && query.fetchStatus !== 'idle',
  };
}

/** A material's name with its unit where the unit says something ("Food (portion)", but "Condom"). */
export function useMaterialLabel() {
  const { t } = useTranslation();
  const materials = useCatalogueNames('material');
  return (id: string) => {
    const unit = materials.item(id)?.unit;
    return unit && unit !== 'piece'
      ? t('outreach.materialWithUnit', { name: materials.name(id), unit: t(`units.${unit}`) })
      : materials.name(id);
  };
}

/** Teams, areas, spots and sites by id. */
export function usePlaceNames() {
  const { t } = useTranslation();
  const me = useMe();
  const readable = {
    teams: can(me.roles, 'teams.read'),
    areas: can(me.roles, 'areas.read'),
    sites: can(me.roles, 'sites.read'),
  };
  const teams = useTeams(readable.teams);
  const areas = useAreas(readable.areas);
  const sites = useSites(readable.sites);
  const teamById = new Map((teams.data?.items ?? []).map((x) => [x.id, x]));
  const areaById = new Map((areas.data?.items ?? []).map((x) => [x.id, x]));
  const spotById = new Map((areas.data?.items ?? []).flatMap((a) => a.spots.map((s) => [s.id, s] as const)));
  const siteById = new Map((sites.data?.items ?? []).map((x) => [x.id, x]));
  const loading = [teams, areas, sites].some((q) => q.isPending && q.fetchStatus !== 'idle');
  return {
    loading,
    teams: teams.data?.items ?? [],
    areas: areas.data?.items ?? [],
    sites: sites.data?.items ?? [],
    /** Which lists the role may read: a name from a list it may not read is left out (''), not "unknown". */
    readable,
    team: (id: string | null | undefined) =>
      id && readable.teams ? (teamById.get(id)?.name ?? t('outreach.unknownTeam')) : '',
    area: (id: string | null | undefined) =>
      id && readable.areas ? (areaById.get(id)?.name ?? t('outreach.unknownArea')) : '',
    spot: (id: string | null | undefined) =>
      id && readable.areas ? (spotById.get(id)?.name ?? t('outreach.unknownSpot')) : '',
    site: (id: string | null | undefined) =>
      id && readable.sites ? (siteById.get(id)?.name ?? t('outreach.unknownSite')) : '',
  };
}

/** Colleagues by id (a former colleague's account is no longer in the directory). */
export function useWorkerNames() {
  const { t } = useTranslation();
  const directory = useDirectoryUsers();
  const byId = new Map((directory.data?.items ?? []).map((u) => [u.id, u.displayName]));
  return {
    users: directory.data?.items ?? [],
    name: (id: string | null | undefined) => (id ? (byId.get(id) ?? t('clients.formerColleague')) : ''),
  };
}

/** A list of names in the UI language ("A, B and C"). */
export function useListFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' });
  return (items: readonly string[]) => format.format(items.filter(Boolean));
}

/** Numbers in the UI language; hours with at most one decimal. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const whole = new Intl.NumberFormat(intlLocale(i18n.language));
  const hours = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  return {
    number: (n: number) => whole.format(n),
    hours: (n: number) => hours.format(n),
    percent: (ratio: number) => percent.format(ratio),
  };
}

/** The wall-clock time of an instant in the UI language (14:05). */
export function formatTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(language), { timeStyle: 'short' }).format(date);
}
