import type {
  HousingUnit,
  HousingUnitKind,
  Placement,
  PlacementOutcome,
  PlacementStatus,
  WaitingListEntry,
  WaitingPriority,
  WaitingStatus,
} from '#core/schemas/housing';

/**
 * Every housing response is built here, field by field: a person appears by id
 * and pseudonym only (never identity, never code), whatever a query selected.
 */

interface PlacementDates {
  start_on: string;
  end_on: string | null;
}

/**
 * Where a stay stands on `today`. It occupies [start, end): ended once the end
 * day has come (or when it ended the day it began, holding nothing), upcoming
 * before its start, current in between. The SQL filters of placement-read.ts
 * say the same.
 */
export function placementStatus(p: PlacementDates, today: string): PlacementStatus {
  if (p.end_on !== null && (p.end_on <= today || p.end_on === p.start_on)) return 'ended';
  return p.start_on > today ? 'upcoming' : 'current';
}

export interface PlacementRow extends PlacementDates {
  id: string;
  client_id: string;
  pseudonym: string;
  site_id: string;
  site_name: string;
  unit_id: string;
  unit_label: string;
  planned_end_on: string | null;
  outcome: string | null;
  moved_from_id: string | null;
}

export function presentPlacement(r: PlacementRow, today: string): Placement {
  return {
    id: r.id,
    clientId: r.client_id,
    pseudonym: r.pseudonym,
    siteId: r.site_id,
    siteName: r.site_name,
    unitId: r.unit_id,
    unitLabel: r.unit_label,
    startOn: r.start_on,
    plannedEndOn: r.planned_end_on,
    endOn: r.end_on,
    outcome: r.outcome as PlacementOutcome | null,
    status: placementStatus(r, today),
    movedFromId: r.moved_from_id,
  };
}

export interface UnitRow {
  id: string;
  site_id: string;
  label: string;
  kind: string;
  active: boolean;
  placement_id: string | null;
  client_id: string | null;
  pseudonym: string | null;
  start_on: string | null;
  planned_end_on: string | null;
}

export function presentUnit(r: UnitRow): HousingUnit {
  return {
    id: r.id,
    siteId: r.site_id,
    label: r.label,
    kind: r.kind as HousingUnitKind,
    active: r.active,
    current:
      r.placement_id && r.client_id && r.start_on
        ? {
            placementId: r.placement_id,
            clientId: r.client_id,
            pseudonym: r.pseudonym ?? '',
            startOn: r.start_on,
            plannedEndOn: r.planned_end_on,
          }
        : null,
  };
}

export interface WaitingRow {
  id: string;
  client_id: string;
  pseudonym: string;
  site_id: string;
  priority: string;
  added_on: string;
  status: string;
  status_on: string;
  placement_id: string | null;
}

export function presentWaitingEntry(r: WaitingRow): WaitingListEntry {
  return {
    id: r.id,
    clientId: r.client_id,
    pseudonym: r.pseudonym,
    siteId: r.site_id,
    priority: r.priority as WaitingPriority,
    addedOn: r.added_on,
    status: r.status as WaitingStatus,
    statusOn: r.status_on,
    placementId: r.placement_id,
  };
}
