import { z } from 'zod';
import { limits } from '../limits';
import { disciplines, roles } from '../roles';
import { id, locale } from './common';

export const email = z.string().trim().toLowerCase().max(limits.emailMax).pipe(z.email());
export const password = z.string().min(limits.passwordMin).max(limits.passwordMax);

/** Where a session stands in the sign-in sequence. Only `full` reaches module routes. */
export const sessionStages = ['password_change', 'two_factor_enrol', 'two_factor_verify', 'full'] as const;
export type SessionStage = (typeof sessionStages)[number];

export const signInBody = z.strictObject({
  email,
  // Sign-in accepts any non-empty password so old, shorter passwords still get a
  // generic "wrong email or password" rather than a hint about the policy.
  password: z.string().min(1).max(limits.passwordMax),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(limits.passwordMax),
  newPassword: password,
});

export const twoFactorCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
export const recoveryCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]{5}-?[a-z0-9]{5}$/);

export const twoFactorEnableBody = z.strictObject({ code: twoFactorCode });
export const twoFactorVerifyBody = z.union([z.strictObject({ code: twoFactorCode }), z.strictObject({ recoveryCode })]);
export const twoFactorDisableBody = z.strictObject({ password: z.string().min(1).max(limits.passwordMax) });

export const twoFactorSetupResponse = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });

/** The signed-in user as the web app sees them. */
export const me = z.object({
  id,
  organisationId: id,
  organisationName: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  disciplines: z.array(z.enum(disciplines)),
  locale,
  twoFactorEnabled: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const sessionStateResponse = z.object({
  authenticated: z.boolean(),
  stage: z.enum(sessionStages).nullable(),
  user: me.nullable(),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionState = z.infer<typeof sessionStateResponse>;

export const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1).max(limits.nameMax).optional(),
  locale: locale.optional(),
});

export const sessionSummary = z.object({
  id,
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export const sessionList = z.object({ items: z.array(sessionSummary) });
