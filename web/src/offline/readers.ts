import type { Shift } from '#core/schemas/shifts';
import type { Area, CatalogueItem, Items, Organisation, Page, Site, Spot, Team } from '../api/types';
import { type IndexedClient, searchIndex } from './clientIndex';
import type { FieldStore } from './store';

/**
 * The phone's records in the shapes the API answers with, so a screen reads
 * the same data online and offline. What the phone does not hold reads as
 * `undefined` (the screen then says it is not available offline).
 */

export const localOrganisation = (store: FieldStore) => store.get<Organisation>('organisation', 'current');

export const localCatalogue = (store: FieldStore, kind: string): Items<CatalogueItem> => ({
  items: store
    .all<CatalogueItem>('catalogue_item')
    .filter((i) => i.kind === kind)
    .sort((a, b) => a.sortOrder - b.sortOrder),
});

export function localAreas(store: FieldStore): Items<Area> {
  const spots = store.all<Spot>('spot');
  return {
    items: store
      .all<Omit<Area, 'spots' | 'description'>>('area')
      .map((a) => ({ description: null, ...a, spots: spots.filter((s) => s.areaId === a.id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export const localTeams = (store: FieldStore): Items<Team> => ({
  items: store.all<Omit<Team, 'memberIds'>>('team').map((t) => ({ memberIds: [], ...t })),
});

/** The sites as the feed carries them: no address or opening hours (a shelter's address stays off phones). */
export const localSites = (store: FieldStore): Items<Site> => ({
  items: store
    .all<Omit<Site, 'address' | 'openingHours'>>('site')
    .map((s) => ({ address: null, openingHours: null, ...s }))
    .sort((a, b) => a.name.localeCompare(b.name)),
});

export const localShift = (store: FieldStore, id: string) => store.get<Shift>('shift', id);

/** The shifts the phone holds (planned, open or returned), newest first, filtered as the list asks. */
export function localShifts(store: FieldStore, query: { status?: string | undefined; pageSize?: number }): Page<Shift> {
  const items = store
    .all<Shift>('shift')
    .filter((s) => !query.status || s.status === query.status)
    .sort((a, b) => b.date.localeCompare(a.date) || b.plannedStart.localeCompare(a.plannedStart));
  const pageSize = query.pageSize ?? 20;
  return { items: items.slice(0, pageSize), total: items.length, page: 1, pageSize };
}

/** A pseudonym search over the index; a code cannot be looked up offline (decision 013). */
export function localClientSearch(store: FieldStore, body: { q?: string | undefined; includeClosed?: boolean }) {
  if (!body.q) return { items: [] };
  return {
    items: searchIndex(store.all<IndexedClient>('client'), body.q, body.includeClosed ?? false).map((c) => ({
      id: c.id,
      pseudonym: c.pseudonym,
      status: c.status,
      codeKind: null,
      targetGroupIds: c.targetGroupIds,
      match: 'pseudonym' as const,
    })),
  };
}
