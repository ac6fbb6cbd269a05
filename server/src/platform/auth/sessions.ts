import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { SessionStage } from '#core/schemas/auth';
import type { Db } from '../db/pool';
import { type Tx, withTenant } from '../db/tenancy';
import { type Principal, presentPrincipal } from './principal';
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

interface SessionPrincipalRow {
  organisation_id: string;
  session_id: string;
  user_id: string;
  stage: string;
  csrf_token: string;
  idle_seconds: number;
  expired: boolean;
  stale: boolean;
  user_status: string;
  email: string;
  display_name: string;
  roles: string[];
  disciplines: string[];
  locale: string;
  must_change_password: boolean;
  two_factor_enabled: boolean;
  organisation_name: string;
  settings: unknown;
}

/**
 * Resolves a cookie token to a live session in one statement (every request
 * does this; see migration 0009). A session past its idle or absolute limit,
 * or of a disabled user, is revoked on the spot and reported as expired.
 * `last_seen_at` is written at most once a minute to spare the database on
 * busy screens — the only times this opens a transaction.
 */
export async function findSession(db: Db, token: string): Promise<SessionLookup> {
  const found = await sql<SessionPrincipalRow>`SELECT * FROM kontakt_session_principal(${tokenHash(token)})`.execute(
    db,
  );
  const row = found.rows[0];
  if (!row) return { status: 'none' };
  const touch = (work: (tx: Tx) => Promise<unknown>) =>
    withTenant(db, { organisationId: row.organisation_id, userId: null }, work);
  if (row.expired || row.user_status !== 'active') {
    await touch((tx) =>
      tx.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', row.session_id).execute(),
    );
    return { status: 'expired' };
  }
  if (row.stale) {
    await touch((tx) =>
      tx.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', row.session_id).execute(),
    );
  }
  return {
    status: 'active',
    session: {
      id: row.session_id,
      organisationId: row.organisation_id,
      userId: row.user_id,
      stage: row.stage as SessionStage,
      csrfToken: row.csrf_token,
      idleSeconds: row.idle_seconds,
    },
    principal: presentPrincipal(row.organisation_id, {
      id: row.user_id,
      email: row.email,
      display_name: row.display_name,
      roles: row.roles,
      disciplines: row.disciplines,
      locale: row.locale,
      status: row.user_status,
      must_change_password: row.must_change_password,
      two_factor_enabled: row.two_factor_enabled,
      organisation_name: row.organisation_name,
      settings: row.settings,
    }),
  };
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
