import { describe, expect, it } from 'vitest';
import { roles } from '../roles';
import { actions } from './actions';
import { can, policy, rolesAllowed } from './policy';

describe('policy', () => {
  it('names only known actions, and every action has at least one role', () => {
    for (const role of roles) for (const a of policy[role]) expect(actions).toContain(a);
    for (const a of actions) expect(rolesAllowed(a).length, a).toBeGreaterThan(0);
  });

  it('follows the roles table of privacy-security.md for the platform', () => {
    expect(rolesAllowed('users.manage')).toEqual(['admin']);
    expect(rolesAllowed('audit.read')).toEqual(['admin', 'coordinator']);
    expect(rolesAllowed('audit.verify')).toEqual(['admin']);
    expect(can(['viewer'], 'catalogues.read')).toBe(false);
    expect(can(['volunteer', 'viewer'], 'catalogues.read')).toBe(true);
    expect(can(['counsellor'], 'users.read')).toBe(false);
  });
});
