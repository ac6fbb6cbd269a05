import { type Role, requiresTwoFactor } from '#core/roles';
import type { SessionStage } from '#core/schemas/auth';

export interface StageFacts {
  roles: readonly Role[];
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  /** The second factor was checked in this session. */
  secondFactorVerified: boolean;
}

/**
 * The next step of signing in. The second factor comes first (a stolen
 * one-time password alone must not let anyone set a password), then the
 * password change, then enrolment for roles that require two-factor.
 */
export function nextStage(f: StageFacts): SessionStage {
  if (f.twoFactorEnabled && !f.secondFactorVerified) return 'two_factor_verify';
  if (f.mustChangePassword) return 'password_change';
  if (!f.twoFactorEnabled && requiresTwoFactor(f.roles)) return 'two_factor_enrol';
  return 'full';
}
