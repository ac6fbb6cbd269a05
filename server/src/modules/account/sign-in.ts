import { sql } from 'kysely';
import type { SessionStage } from '#core/schemas/auth';
import { recordAudit } from '../../platform/audit/record';
import { verifyAgainstDecoy, verifyPassword } from '../../platform/auth/passwords';
import { loadPrincipal, type Principal, sessionTimeouts } from '../../platform/auth/principal';
import { createSession, type NewSession } from '../../platform/auth/sessions';
import { nextStage } from '../../platform/auth/stage';
import { clearAccountFailures, recordFailure, throttleDelay } from '../../platform/auth/throttle';
import type { Db } from '../../platform/db/pool';
import { withTenant } from '../../platform/db/tenancy';
import { AppError } from '../../platform/errors';

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

export interface SignedIn extends NewSession {
  organisationId: string;
  stage: SessionStage;
  principal: Principal;
  idleSeconds: number;
}

/**
 * Checks a password and opens a session at the right sign-in stage. Every
 * failure (unknown email, wrong password, disabled account) looks and takes
 * the same: one Argon2 verification and the same generic error.
 */
/**
 * Every refused sign-in answers no sooner than this after it arrived. A known
 * email costs a transaction and an audit event more than an unknown one;
 * the floor hides that difference (measured by bench/sign-in.ts).
 */
const failureFloorMs = 250;

async function refuse(startedAt: number): Promise<never> {
  const wait = failureFloorMs - (performance.now() - startedAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  throw new AppError('invalid_credentials');
}

export async function signIn(db: Db, input: SignInInput): Promise<SignedIn> {
  const startedAt = performance.now();
  const wait = await throttleDelay(db, input.email, input.ip);
  if (wait > 0) throw new AppError('rate_limited', undefined, wait);

  const { rows } = await sql<{
    organisation_id: string;
    user_id: string;
  }>`SELECT organisation_id, user_id FROM kontakt_find_login(${input.email})`.execute(db);
  const ref = rows[0];
  if (!ref) {
    await verifyAgainstDecoy(input.password);
    await recordFailure(db, input.email, input.ip);
    return refuse(startedAt);
  }

  const outcome = await withTenant(db, { organisationId: ref.organisation_id, userId: ref.user_id }, async (tx) => {
    const row = await tx
      .selectFrom('users')
      .select(['password_hash', 'status'])
      .where('id', '=', ref.user_id)
      .executeTakeFirstOrThrow();
    const actor = { organisationId: ref.organisation_id, userId: ref.user_id, sessionId: null, ip: input.ip };
    const passwordOk = await verifyPassword(row.password_hash, input.password);
    if (!passwordOk || row.status !== 'active') {
      await recordAudit(tx, actor, { action: 'auth.sign_in_failed', entityType: 'user', entityId: ref.user_id });
      return null;
    }
    const principal = await loadPrincipal(tx, ref.organisation_id, ref.user_id);
    if (!principal) return null;
    const stage = nextStage({
      roles: principal.user.roles,
      mustChangePassword: principal.user.mustChangePassword,
      twoFactorEnabled: principal.user.twoFactorEnabled,
      secondFactorVerified: false,
    });
    const session = await createSession(tx, {
      organisationId: ref.organisation_id,
      userId: ref.user_id,
      stage,
      timeouts: sessionTimeouts(principal.organisation.settings),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await tx.updateTable('users').set({ last_sign_in_at: sql`now()` }).where('id', '=', ref.user_id).execute();
    await recordAudit(
      tx,
      { ...actor, sessionId: session.id },
      { action: 'auth.sign_in', entityType: 'session', entityId: session.id },
    );
    const { idleSeconds } = sessionTimeouts(principal.organisation.settings);
    return { ...session, organisationId: ref.organisation_id, stage, principal, idleSeconds };
  });

  if (!outcome) {
    await recordFailure(db, input.email, input.ip);
    return refuse(startedAt);
  }
  await clearAccountFailures(db, input.email);
  return outcome;
}
