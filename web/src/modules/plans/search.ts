import { compact } from '../../app/search';

/** The due list's address: how many days ahead (`days`, 0–90) and whether only the worker's own steps (`mine`). */
export interface PlansDueSearch {
  days?: number;
  mine?: boolean;
}

/** The server's bounds for `days` (core's dueQuery). */
export const maxDueDays = 90;
export const defaultDueDays = 14;

function days(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= maxDueDays ? n : undefined;
}

function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** The router reads `mine=false` and `days=7` as JSON; a link typed by hand may carry strings. */
export const validatePlansDueSearch = (s: Record<string, unknown>): PlansDueSearch =>
  compact({ days: days(s.days), mine: flag(s.mine) });
