import { describe, expect, it } from 'vitest';
import type { SessionState } from '../api/types';
import { nextPath } from './guards';
import { safeRedirect, stageOf } from './stages';

const session = (stage: SessionState['stage'], authenticated = true): SessionState => ({
  authenticated,
  stage,
  user: null,
  csrfToken: 't',
  idleTimeoutSeconds: 1800,
});

describe('sign-in sequence', () => {
  it('accepts only same-site paths as the place to return to', () => {
    expect(safeRedirect('/admin/users?q=a')).toBe('/admin/users?q=a');
    expect(safeRedirect('//evil.example/')).toBeUndefined();
    expect(safeRedirect('/\\evil.example')).toBeUndefined();
    expect(safeRedirect('https://evil.example/')).toBeUndefined();
    expect(safeRedirect('/sign-in')).toBeUndefined();
    expect(safeRedirect(42)).toBeUndefined();
  });

  it('sends each stage to its step and a full session back where the user was going', () => {
    expect(stageOf(session(null, false))).toBeNull();
    expect(nextPath(session('password_change'), '/admin/audit')).toBe('/sign-in/password?redirect=%2Fadmin%2Faudit');
    expect(nextPath(session('two_factor_enrol'), undefined)).toBe('/sign-in/two-factor/setup');
    expect(nextPath(session('two_factor_verify'), '/account')).toBe('/sign-in/two-factor?redirect=%2Faccount');
    expect(nextPath(session('full'), '/admin/audit')).toBe('/admin/audit');
    expect(nextPath(session('full'), undefined)).toBe('/');
  });
});
