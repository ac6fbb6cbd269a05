/**
 * Loose search-param parsing for route definitions. Routes only coerce types here
 * (keeping zod out of the first screen's bundle); screens narrow the values to
 * the enums in core before sending them to the API, which validates them again.
 */

export function text(value: unknown): string | undefined {
  // The router reads `?overdue=true` as JSON: a flag comes back a boolean, an id of digits a number.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Drops undefined entries so URLs carry only what is set. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface UsersSearch {
  q?: string;
  role?: string;
  status?: string;
  page?: number;
}
export const validateUsersSearch = (s: Record<string, unknown>): UsersSearch =>
  compact({ q: text(s.q), role: text(s.role), status: text(s.status), page: positiveInt(s.page) });

export interface AuditSearch {
  from?: string;
  to?: string;
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  page?: number;
}
export const validateAuditSearch = (s: Record<string, unknown>): AuditSearch =>
  compact({
    from: text(s.from),
    to: text(s.to),
    actorId: text(s.actorId),
    action: text(s.action),
    entityType: text(s.entityType),
    entityId: text(s.entityId),
    page: positiveInt(s.page),
  });

export interface CataloguesSearch {
  kind?: string;
}
export const validateCataloguesSearch = (s: Record<string, unknown>): CataloguesSearch =>
  compact({ kind: text(s.kind) });

export interface ClientsSearch {
  status?: string;
  worker?: string;
  page?: number;
}
export const validateClientsSearch = (s: Record<string, unknown>): ClientsSearch =>
  compact({ status: text(s.status), worker: text(s.worker), page: positiveInt(s.page) });

export interface ShiftsSearch {
  from?: string;
  to?: string;
  status?: string;
  team?: string;
  page?: number;
}
export const validateShiftsSearch = (s: Record<string, unknown>): ShiftsSearch =>
  compact({
    from: text(s.from),
    to: text(s.to),
    status: text(s.status),
    team: text(s.team),
    page: positiveInt(s.page),
  });

/** A shift's page: `saved` names the kind of contact just recorded, for the confirmation. */
export interface ShiftSearch {
  saved?: string;
}
export const validateShiftSearch = (s: Record<string, unknown>): ShiftSearch => compact({ saved: text(s.saved) });

/** Recording a contact: which of its screens (who → what). */
export interface ContactStepSearch {
  step?: string;
}
export const validateContactStepSearch = (s: Record<string, unknown>): ContactStepSearch =>
  compact({ step: text(s.step) });

export interface FollowUpsSearch {
  overdue?: string;
  page?: number;
}
export const validateFollowUpsSearch = (s: Record<string, unknown>): FollowUpsSearch =>
  compact({ overdue: text(s.overdue), page: positiveInt(s.page) });

/** Stock of a team (`team`) or a site (`site`). */
export interface StockSearch {
  team?: string;
  site?: string;
}
export const validateStockSearch = (s: Record<string, unknown>): StockSearch =>
  compact({ team: text(s.team), site: text(s.site) });

/** A period, and for statistics a grouping, for workers a team. */
export interface PeriodSearch {
  from?: string;
  to?: string;
  groupBy?: string;
  team?: string;
}
export const validatePeriodSearch = (s: Record<string, unknown>): PeriodSearch =>
  compact({ from: text(s.from), to: text(s.to), groupBy: text(s.groupBy), team: text(s.team) });

export interface ExitReviewSearch {
  programme?: string;
  days?: number;
  page?: number;
}
export const validateExitReviewSearch = (s: Record<string, unknown>): ExitReviewSearch =>
  compact({ programme: text(s.programme), days: positiveInt(s.days), page: positiveInt(s.page) });

/** Beds and housing: which site (`site`), and the occupancy history's period and grouping (`by`: day or week). */
export interface HousingSearch {
  site?: string;
  from?: string;
  to?: string;
  by?: string;
}
export const validateHousingSearch = (s: Record<string, unknown>): HousingSearch =>
  compact({ site: text(s.site), from: text(s.from), to: text(s.to), by: text(s.by) });

/** The conflict inbox: open entries (absent) or resolved ones, and the page. */
export interface ConflictsSearch {
  status?: string;
  page?: number;
}
export const validateConflictsSearch = (s: Record<string, unknown>): ConflictsSearch =>
  compact({ status: text(s.status), page: positiveInt(s.page) });

/** The indoor statistics: a period and a site (`all` for every one). */
export interface IndoorStatisticsSearch {
  from?: string;
  to?: string;
  site?: string;
}
export const validateIndoorStatisticsSearch = (s: Record<string, unknown>): IndoorStatisticsSearch =>
  compact({ from: text(s.from), to: text(s.to), site: text(s.site) });

/** The counselling calendar: the week (any day of it), a counsellor, a site (`all` for every one). */
export interface CounsellingSearch {
  week?: string;
  counsellor?: string;
  site?: string;
}
export const validateCounsellingSearch = (s: Record<string, unknown>): CounsellingSearch =>
  compact({ week: text(s.week), counsellor: text(s.counsellor), site: text(s.site) });

/** The reception desk: which site (`site`) and which day (`date`; absent = today). */
export interface ReceptionSearch {
  site?: string;
  date?: string;
}
export const validateReceptionSearch = (s: Record<string, unknown>): ReceptionSearch =>
  compact({ site: text(s.site), date: text(s.date) });
