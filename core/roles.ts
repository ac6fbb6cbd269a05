/** Roles a user can hold (several at once), as in privacy-security.md. */
export const roles = [
  'admin',
  'coordinator',
  'outreach',
  'peer',
  'counsellor',
  'reception',
  'volunteer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

/** Counselling disciplines; a counsellor reads notes of their own disciplines only. */
export const disciplines = ['legal', 'social', 'medical', 'psychological', 'addiction'] as const;
export type Discipline = (typeof disciplines)[number];

/** Roles that must use two-factor authentication before they get a full session. */
export const rolesRequiringTwoFactor: readonly Role[] = ['admin', 'coordinator'];

/** True when any of the roles demands two-factor authentication. */
export function requiresTwoFactor(userRoles: readonly Role[]): boolean {
  return userRoles.some((r) => rolesRequiringTwoFactor.includes(r));
}
