import { sql } from 'kysely';
import { requiresTwoFactor } from '#core/roles';
import type { SessionStage } from '#core/schemas/auth';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import { verifyPassword } from '../../platform/auth/passwords';
import { setSessionStage } from '../../platform/auth/sessions';
import { nextStage } from '../../platform/auth/stage';
import { checkTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from '../../platform/auth/totp';
import { columnAad } from '../../platform/crypto/encrypted-columns';
import type { Keyring } from '../../platform/crypto/keyring';
import type { Tx } from '../../platform/db/tenancy';
import { AppError } from '../../platform/errors';
import type { RequestAuth } from '../../platform/http/context';

const aad = (column: string, userId: string) => columnAad('users', column, userId);

/** Starts enrolment: a new secret, kept encrypted until a first code proves the app has it. */
export async function setUpTwoFactor(tx: Tx, keyring: Keyring, auth: RequestAuth) {
  if (auth.session.stage !== 'two_factor_enrol' && auth.session.stage !== 'full') throw new AppError('forbidden');
  const setup = await newTotpSecret('Kontakt', auth.user.email);
  const enc = await keyring.encrypt(
    tx,
    auth.organisation.id,
    setup.secret,
    aad('totp_pending_secret_enc', auth.user.id),
  );
  await tx.updateTable('users').set({ totp_pending_secret_enc: enc }).where('id', '=', auth.user.id).execute();
  return setup;
}

async function replaceRecoveryCodes(tx: Tx, auth: RequestAuth): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.deleteFrom('user_recovery_codes').where('user_id', '=', auth.user.id).execute();
  await tx
    .insertInto('user_recovery_codes')
    .values(
      codes.map((c) => ({
        organisation_id: auth.organisation.id,
        user_id: auth.user.id,
        code_hash: recoveryCodeHash(c),
      })),
    )
    .execute();
  return codes;
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function enableTwoFactor(
  tx: Tx,
  keyring: Keyring,
  auth: RequestAuth,
  actor: AuditActor,
  code: string,
): Promise<{ recoveryCodes: string[]; stage: SessionStage }> {
  const row = await tx
    .selectFrom('users')
    .select('totp_pending_secret_enc')
    .where('id', '=', auth.user.id)
    .executeTakeFirstOrThrow();
  if (!row.totp_pending_secret_enc) throw new AppError('invalid_two_factor_code');
  const secret = await keyring.decrypt(
    tx,
    auth.organisation.id,
    row.totp_pending_secret_enc,
    aad('totp_pending_secret_enc', auth.user.id),
  );
  const step = await checkTotp(secret, code, null);
  if (step === null) throw new AppError('invalid_two_factor_code');
  await tx
    .updateTable('users')
    .set({
      totp_secret_enc: await keyring.encrypt(tx, auth.organisation.id, secret, aad('totp_secret_enc', auth.user.id)),
      totp_pending_secret_enc: null,
      totp_enabled_at: sql`now()`,
      totp_last_step: step,
    })
    .where('id', '=', auth.user.id)
    .execute();
  const recoveryCodes = await replaceRecoveryCodes(tx, auth);
  const stage = nextStage({
    roles: auth.user.roles,
    mustChangePassword: auth.user.mustChangePassword,
    twoFactorEnabled: true,
    secondFactorVerified: true,
  });
  await setSessionStage(tx, auth.session.id, stage);
  await recordAudit(tx, actor, { action: 'auth.two_factor_enabled', entityType: 'user', entityId: auth.user.id });
  return { recoveryCodes, stage };
}

/**
 * The second step of signing in: a current code or an unused recovery code.
 * Returns the next stage, or null when the code is wrong (the caller counts
 * failures outside this transaction so a rollback cannot erase them).
 */
export async function verifySecondFactor(
  tx: Tx,
  keyring: Keyring,
  auth: RequestAuth,
  actor: AuditActor,
  input: { code: string } | { recoveryCode: string },
): Promise<SessionStage | null> {
  if (auth.session.stage !== 'two_factor_verify') throw new AppError('forbidden');
  const row = await tx
    .selectFrom('users')
    .select(['totp_secret_enc', 'totp_last_step'])
    .where('id', '=', auth.user.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!row.totp_secret_enc) return null;
  if ('code' in input) {
    const secret = await keyring.decrypt(
      tx,
      auth.organisation.id,
      row.totp_secret_enc,
      aad('totp_secret_enc', auth.user.id),
    );
    const lastStep = row.totp_last_step === null ? null : Number(row.totp_last_step);
    const step = await checkTotp(secret, input.code, lastStep);
    if (step === null) return null;
    await tx.updateTable('users').set({ totp_last_step: step }).where('id', '=', auth.user.id).execute();
  } else {
    const used = await tx
      .updateTable('user_recovery_codes')
      .set({ used_at: sql`now()` })
      .where('user_id', '=', auth.user.id)
      .where('code_hash', '=', recoveryCodeHash(input.recoveryCode))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    await recordAudit(tx, actor, {
      action: 'auth.recovery_code_used',
      entityType: 'user',
      entityId: auth.user.id,
      flagged: true,
    });
  }
  const stage = nextStage({
    roles: auth.user.roles,
    mustChangePassword: auth.user.mustChangePassword,
    twoFactorEnabled: true,
    secondFactorVerified: true,
  });
  await setSessionStage(tx, auth.session.id, stage);
  await recordAudit(tx, actor, {
    action: 'auth.two_factor_verified',
    entityType: 'session',
    entityId: auth.session.id,
  });
  return stage;
}

async function checkPassword(tx: Tx, auth: RequestAuth, password: string): Promise<void> {
  const row = await tx
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', auth.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError('validation_failed', { password: 'errors.invalid_credentials' });
  }
}

/** Turns two-factor off; refused for roles that must keep it. */
export async function disableTwoFactor(tx: Tx, auth: RequestAuth, actor: AuditActor, password: string): Promise<void> {
  if (requiresTwoFactor(auth.user.roles)) throw new AppError('forbidden');
  await checkPassword(tx, auth, password);
  await tx
    .updateTable('users')
    .set({ totp_secret_enc: null, totp_pending_secret_enc: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', auth.user.id)
    .execute();
  await tx.deleteFrom('user_recovery_codes').where('user_id', '=', auth.user.id).execute();
  await recordAudit(tx, actor, { action: 'auth.two_factor_disabled', entityType: 'user', entityId: auth.user.id });
}

/** Issues a fresh set of recovery codes (the old ones stop working). */
export async function regenerateRecoveryCodes(tx: Tx, auth: RequestAuth, actor: AuditActor, password: string) {
  if (!auth.user.twoFactorEnabled) throw new AppError('forbidden');
  await checkPassword(tx, auth, password);
  const recoveryCodes = await replaceRecoveryCodes(tx, auth);
  await recordAudit(tx, actor, {
    action: 'auth.recovery_codes_regenerated',
    entityType: 'user',
    entityId: auth.user.id,
  });
  return recoveryCodes;
}
