import type { Discipline, Role } from '../roles';

/** Who a discipline rule is asked about: their roles and their disciplines. */
export interface DisciplineHolder {
  roles: readonly Role[];
  disciplines: readonly Discipline[];
}

/**
 * Counselling notes of a discipline are read and written only by counsellors
 * of that discipline (privacy-security.md, "Need to know"): not by
 * coordinators or admins, whatever else they hold, and not by a user who has
 * the discipline on their profile without the counsellor role.
 */
export function canUseDisciplineNotes(user: DisciplineHolder, discipline: Discipline): boolean {
  return user.roles.includes('counsellor') && user.disciplines.includes(discipline);
}

/** A health test's result is medical: only counsellors of the medical discipline see or record it. */
export function canSeeTestResults(user: DisciplineHolder): boolean {
  return canUseDisciplineNotes(user, 'medical');
}
