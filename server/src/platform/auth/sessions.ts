import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { SessionStage } from '#core/schemas/auth';
import type { Db } from '../db/pool';
import { type Tx, withTenant } from '../db/tenancy';
import { loadPrincipal, type Principal } from './principal';
import { newToken, tokenHash } from './tokens';

export interface SessionTimeouts {
  idleSeconds: number;
  absoluteSeconds: number;
}

export interface NewSession {
  id: string;
  token: string;
  csrfToken: string;
}

/** Starts a server-side session; only the token's hash is stored. */
export async function createSession(
  tx: Tx,
  input: {
    organisationId: string;
    userId: string;
    stage: SessionStage;
    timeouts: SessionTimeouts;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const id = uuidv7();
  await tx
    .insertInto('sessions')
    .values({
      organisation_id: input.organisationId,
      id,
      user_id: input.userId,
      token_hash: tokenHash(token),
      csrf_token: csrfToken,
      stage: input.stage,
      idle_seconds: input.timeouts.idleSeconds,
      expires_at: sql<Date>`now() + make_interval(secs => ${input.timeouts.absoluteSeconds})`,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { id, token, csrfToken };
}

export interface ActiveSession {
  id: string;
  organisationId: string;
  userId: string;
  stage: SessionStage;
  csrfToken: string;
  idleSeconds: number;
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'active'; session: ActiveSession; principal: Principal };

/**
 * Resolves a cookie token to a live session. A session past its idle or
 * absolute limit is revoked on the spot and reported as expired. `last_seen_at`
 * is written at most once a minute to spare the database on busy screens.
 */
export async function findSession(db: Db, token: string): Promise<SessionLookup> {
  const found = await sql<{
    organisation_id: string;
    session_id: string;
  }>`SELECT organisation_id, session_id FROM kontakt_find_session(${tokenHash(token)})`.execute(db);
  const ref = found.rows[0];
  if (!ref) return { status: 'none' };
  return withTenant(db, { organisationId: ref.organisation_id, userId: null }, async (tx) => {
    const row = await tx
      .selectFrom('sessions')
      .innerJoin('users', (j) =>
        j.onRef('users.organisation_id', '=', 'sessions.organisation_id').onRef('users.id', '=', 'sessions.user_id'),
      )
      .select([
        'sessions.id',
        'sessions.user_id',
        'sessions.stage',
        'sessions.csrf_token',
        'sessions.idle_seconds',
        'users.status',
        sql<boolean>`sessions.expires_at <= now() OR sessions.last_seen_at + make_interval(secs => sessions.idle_seconds) <= now()`.as(
          'expired',
        ),
        sql<boolean>`sessions.last_seen_at < now() - interval '60 seconds'`.as('stale'),
      ])
      .where('sessions.id', '=', ref.session_id)
      .where('sessions.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return { status: 'none' } as const;
    if (row.expired || row.status !== 'active') {
      await tx.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', row.id).execute();
      return { status: 'expired' } as const;
    }
    const principal = await loadPrincipal(tx, ref.organisation_id, row.user_id);
    if (!principal) return { status: 'none' } as const;
    if (row.stale) {
      await tx.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', row.id).execute();
    }
    return {
      status: 'active',
      session: {
        id: row.id,
        organisationId: ref.organisation_id,
        userId: row.user_id,
        stage: row.stage as SessionStage,
        csrfToken: row.csrf_token,
        idleSeconds: row.idle_seconds,
      },
      principal,
    } as const;
  });
}

/** Moves a session to its next sign-in stage. */
export async function setSessionStage(tx: Tx, sessionId: string, stage: SessionStage): Promise<void> {
  await tx.updateTable('sessions').set({ stage, last_seen_at: sql`now()` }).where('id', '=', sessionId).execute();
}

/** Revokes sessions of a user, optionally sparing one (the one making the change). */
export async function revokeUserSessions(tx: Tx, userId: string, except?: string): Promise<number> {
  let q = tx
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (except) q = q.where('id', '!=', except);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
