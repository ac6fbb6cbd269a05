import type { Role } from '../roles';
import type { Action } from './actions';

/**
 * The one table of who may do what (privacy-security.md, "Roles").
 * Reading this table is how a reviewer answers "can a volunteer see X?".
 */
export const policy: Record<Role, readonly Action[]> = {
  admin: [
    'self.read',
    'self.update',
    'organisation.read',
    'organisation.manage',
    'users.read',
    'users.manage',
    'sites.read',
    'sites.manage',
    'teams.read',
    'teams.manage',
    'areas.read',
    'areas.manage',
    'catalogues.read',
    'catalogues.manage',
    'audit.read',
    'audit.verify',
    'sessions.manage',
    'clients.lookup',
    'clients.read',
    'clients.identity',
  ],
  coordinator: [
    'self.read',
    'self.update',
    'organisation.read',
    'users.read',
    'sites.read',
    'teams.read',
    'teams.manage',
    'areas.read',
    'areas.manage',
    'catalogues.read',
    'audit.read',
    'clients.lookup',
    'clients.create',
    'clients.read',
    'clients.update',
    'clients.identity',
    'clients.merge',
  ],
  outreach: [
    'self.read',
    'self.update',
    'organisation.read',
    'sites.read',
    'teams.read',
    'areas.read',
    'catalogues.read',
    'clients.lookup',
    'clients.create',
    'clients.read',
    'clients.update',
  ],
  peer: [
    'self.read',
    'self.update',
    'organisation.read',
    'teams.read',
    'areas.read',
    'catalogues.read',
    'clients.lookup',
    'clients.create',
  ],
  counsellor: [
    'self.read',
    'self.update',
    'organisation.read',
    'sites.read',
    'catalogues.read',
    'clients.lookup',
    'clients.create',
    'clients.read',
    'clients.update',
    'clients.identity',
  ],
  reception: [
    'self.read',
    'self.update',
    'organisation.read',
    'sites.read',
    'catalogues.read',
    'clients.lookup',
    'clients.create',
  ],
  volunteer: [
    'self.read',
    'self.update',
    'organisation.read',
    'sites.read',
    'areas.read',
    'catalogues.read',
    'clients.lookup',
  ],
  viewer: ['self.read', 'self.update', 'organisation.read'],
};

/** True when at least one of the roles is allowed the action. */
export function can(userRoles: readonly Role[], action: Action): boolean {
  return userRoles.some((role) => policy[role].includes(action));
}

/** The roles allowed an action, for the permission-matrix test and the docs. */
export function rolesAllowed(action: Action): Role[] {
  return (Object.keys(policy) as Role[]).filter((role) => policy[role].includes(action));
}
