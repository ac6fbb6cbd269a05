import type { Role } from '../roles';

/**
 * How far a role's view of work records reaches (privacy-security.md: "own +
 * team" for outreach workers, "create own" for peer educators and volunteers):
 * every record of the organisation, the records of the user's teams and their
 * own, or only the records the user made.
 */
export type RecordScope = 'all' | 'team' | 'own';

const reach: Record<Role, RecordScope | null> = {
  admin: 'all',
  coordinator: 'all',
  counsellor: 'all',
  outreach: 'team',
  peer: 'own',
  volunteer: 'own',
  reception: null,
  viewer: null,
};
const order: RecordScope[] = ['all', 'team', 'own'];

/** The widest scope any of the roles gives for outreach records (shifts, contacts), or null for none. */
export function outreachScope(roles: readonly Role[]): RecordScope | null {
  const scopes = roles.map((r) => reach[r]).filter((s): s is RecordScope => s !== null);
  return order.find((s) => scopes.includes(s)) ?? null;
}
