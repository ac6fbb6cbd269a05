import { sql } from 'kysely';
import { passwordProblem } from '#core/passwords';
import type { SessionStage } from '#core/schemas/auth';
import type { AuditActor } from '../../platform/audit/record';
import { recordAudit } from '../../platform/audit/record';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { revokeUserSessions, setSessionStage } from '../../platform/auth/sessions';
import { nextStage } from '../../platform/auth/stage';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError } from '../../platform/errors';
import type { RequestAuth } from '../../platform/http/context';

/**
 * Changes the caller's password (also the forced change after an admin-made
 * one-time password). Other sessions of the user are signed out.
 */
export async function changePassword(
  tx: Tx,
  auth: RequestAuth,
  actor: AuditActor,
  input: { currentPassword: string; newPassword: string },
): Promise<SessionStage> {
  if (auth.session.stage === 'two_factor_verify' || auth.session.stage === 'two_factor_enrol') {
    throw new AppError(
      auth.session.stage === 'two_factor_verify' ? 'two_factor_required' : 'two_factor_enrolment_required',
    );
  }
  const row = await tx
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', auth.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError('validation_failed', { currentPassword: 'errors.invalid_credentials' });
  }
  const problem = passwordProblem(input.newPassword, auth.user.email);
  if (problem)
    throw fieldError('newPassword', problem === 'validation.too_small_string' ? 'validation.password_weak' : problem);
  if (input.newPassword === input.currentPassword) throw fieldError('newPassword', 'validation.password_reused');

  await tx
    .updateTable('users')
    .set({
      password_hash: await hashPassword(input.newPassword),
      must_change_password: false,
      updated_at: sql`now()`,
      updated_by: auth.user.id,
    })
    .where('id', '=', auth.user.id)
    .execute();
  await revokeUserSessions(tx, auth.user.id, auth.session.id);
  const stage = nextStage({
    roles: auth.user.roles,
    mustChangePassword: false,
    twoFactorEnabled: auth.user.twoFactorEnabled,
    secondFactorVerified: true,
  });
  await setSessionStage(tx, auth.session.id, stage);
  await recordAudit(tx, actor, { action: 'auth.password_changed', entityType: 'user', entityId: auth.user.id });
  return stage;
}
