import { describe, expect, it } from 'vitest';
import { nextStage } from './stage';

describe('nextStage', () => {
  const base = {
    roles: ['outreach'] as const,
    mustChangePassword: false,
    twoFactorEnabled: false,
    secondFactorVerified: false,
  };
  it('asks for the second factor first, then the password change, then enrolment', () => {
    expect(nextStage({ ...base, roles: ['admin'], twoFactorEnabled: true, mustChangePassword: true })).toBe(
      'two_factor_verify',
    );
    expect(
      nextStage({
        ...base,
        roles: ['admin'],
        twoFactorEnabled: true,
        mustChangePassword: true,
        secondFactorVerified: true,
      }),
    ).toBe('password_change');
    expect(nextStage({ ...base, roles: ['coordinator'] })).toBe('two_factor_enrol');
    expect(nextStage({ ...base })).toBe('full');
    expect(nextStage({ ...base, twoFactorEnabled: true, secondFactorVerified: true })).toBe('full');
  });
});
