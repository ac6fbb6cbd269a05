/**
 * Loose search-param parsing for route definitions. Routes only coerce types here
 * (keeping zod out of the first screen's bundle); screens narrow the values to
 * the enums in core before sending them to the API, which validates them again.
 */

export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
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
