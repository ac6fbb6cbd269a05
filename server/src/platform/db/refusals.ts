import { AppError } from '../errors';

/**
 * Constraints whose violation is a refusal the user should read, not a failure:
 * a unique index or an exclusion constraint that decides a race a check in the
 * service cannot (two people booking the same bed at the same moment both see
 * it free). A module registers each of its constraints once, at load time; the
 * error handler then answers a violation with a 409 naming the field, in the
 * user's language, from whichever route it comes (a merge of two people can
 * meet the same constraint as the booking that made it).
 */
interface Refusal {
  field: string;
  /** A message key under `validation.`. */
  key: string;
}

const refusals = new Map<string, Refusal>();

/** Unique (23505) and exclusion (23P01) violations: what a second writer of the same slot meets. */
const raceCodes = new Set(['23505', '23P01']);

export function registerConstraintRefusal(constraint: string, refusal: Refusal): void {
  refusals.set(constraint, refusal);
}

/** The refusal a database error stands for, or null when it is not a registered constraint's. */
export function constraintRefusal(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !raceCodes.has(code) || typeof constraint !== 'string') return null;
  const refusal = refusals.get(constraint);
  return refusal ? new AppError('conflict', { [refusal.field]: refusal.key }) : null;
}
