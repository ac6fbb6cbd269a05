import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Locale } from '#core/i18n/locales';
import type { Discipline, Role } from '#core/roles';
import type { User } from '#core/schemas/users';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import { hashPassword } from '../../platform/auth/passwords';
import { revokeUserSessions } from '../../platform/auth/sessions';
import { oneTimePassword } from '../../platform/auth/tokens';
import { pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';

const columns = [
  'id',
  'email',
  'display_name',
  'roles',
  'disciplines',
  'locale',
  'status',
  'must_change_password',
  'totp_enabled_at',
  'last_sign_in_at',
  'created_at',
] as const;

/** A user as admins see them; no hash, no secret ever leaves through here. */
function present(row: {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  disciplines: string[];
  locale: string;
  status: string;
  must_change_password: boolean;
  totp_enabled_at: Date | null;
  last_sign_in_at: Date | null;
  created_at: Date;
  team_ids: string[] | null;
}): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles as Role[],
    disciplines: row.disciplines as Discipline[],
    locale: row.locale as Locale,
    status: row.status as User['status'],
    twoFactorEnabled: row.totp_enabled_at !== null,
    mustChangePassword: row.must_change_password,
    teamIds: row.team_ids ?? [],
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('users')
    .select(columns)
    .select(
      sql<
        string[]
      >`coalesce((SELECT array_agg(tm.team_id ORDER BY tm.team_id) FROM team_members tm WHERE tm.organisation_id = users.organisation_id AND tm.user_id = users.id), '{}')`.as(
        'team_ids',
      ),
    );
}

/** Users of the organisation, filtered and paged on the server. */
export async function listUsers(
  tx: Tx,
  q: { q?: string; role?: Role; status?: 'active' | 'disabled'; page: number; pageSize: number },
) {
  let query = baseQuery(tx);
  let count = tx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
    count = count.where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
  }
  if (q.role) {
    query = query.where(sql<boolean>`roles @> ARRAY[${q.role}]::text[]`);
    count = count.where(sql<boolean>`roles @> ARRAY[${q.role}]::text[]`);
  }
  if (q.status) {
    query = query.where('status', '=', q.status);
    count = count.where('status', '=', q.status);
  }
  const [rows, total] = await Promise.all([
    query.orderBy('display_name').orderBy('id').limit(pageWindow(q).limit).offset(pageWindow(q).offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(present), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

/** One user, or 404 (also for another organisation's id: RLS hides it). */
export async function getUser(tx: Tx, id: string): Promise<User> {
  const row = await baseQuery(tx).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return present(row);
}

async function setTeams(tx: Tx, organisationId: string, userId: string, teamIds: string[]): Promise<void> {
  const unique = [...new Set(teamIds)];
  if (unique.length) {
    const found = await tx.selectFrom('teams').select('id').where('id', 'in', unique).execute();
    if (found.length !== unique.length) throw fieldError('teamIds', 'validation.invalid_option');
  }
  await tx.deleteFrom('team_members').where('user_id', '=', userId).execute();
  if (unique.length) {
    await tx
      .insertInto('team_members')
      .values(unique.map((team_id) => ({ organisation_id: organisationId, team_id, user_id: userId })))
      .execute();
  }
}

async function emailTaken(tx: Tx, email: string): Promise<boolean> {
  // The unique index spans organisations; the definer function sees them all.
  const { rows } = await sql`SELECT 1 FROM kontakt_find_login(${email})`.execute(tx);
  return rows.length > 0;
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  roles: Role[];
  disciplines: Discipline[];
  locale?: Locale | undefined;
  teamIds: string[];
}

/** Creates a user with a one-time password they must change at first sign-in. */
export async function createUser(
  tx: Tx,
  actor: AuditActor,
  input: CreateUserInput,
  options: { password?: string; mustChangePassword?: boolean } = {},
): Promise<{ user: User; oneTimePassword: string }> {
  if (await emailTaken(tx, input.email)) throw fieldError('email', 'validation.email_taken');
  const password = options.password ?? oneTimePassword();
  const id = uuidv7();
  const org = await tx.selectFrom('organisations').select('default_locale').executeTakeFirstOrThrow();
  await tx
    .insertInto('users')
    .values({
      organisation_id: actor.organisationId,
      id,
      email: input.email,
      display_name: input.displayName,
      password_hash: await hashPassword(password),
      roles: [...new Set(input.roles)],
      disciplines: input.roles.includes('counsellor') ? [...new Set(input.disciplines)] : [],
      locale: input.locale ?? org.default_locale,
      must_change_password: options.mustChangePassword ?? true,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await setTeams(tx, actor.organisationId, id, input.teamIds);
  await recordAudit(tx, actor, {
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    details: { roles: input.roles },
  });
  return { user: await getUser(tx, id), oneTimePassword: password };
}

async function activeAdminsExcept(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'active')
    .where(sql<boolean>`roles @> ARRAY['admin']::text[]`)
    .where('id', '!=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes roles, disciplines, teams, status or language of a user. */
export async function updateUser(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: {
    displayName?: string;
    roles?: Role[];
    disciplines?: Discipline[];
    locale?: Locale;
    status?: 'active' | 'disabled';
    teamIds?: string[];
  },
): Promise<User> {
  const current = await getUser(tx, id);
  const roles = input.roles ? [...new Set(input.roles)] : current.roles;
  const status = input.status ?? current.status;
  const losesAdmin = current.roles.includes('admin') && (!roles.includes('admin') || status !== 'active');
  if (losesAdmin && (await activeAdminsExcept(tx, id)) === 0) {
    throw fieldError(input.status ? 'status' : 'roles', 'validation.last_admin');
  }
  const disciplines = roles.includes('counsellor') ? [...new Set(input.disciplines ?? current.disciplines)] : [];
  await tx
    .updateTable('users')
    .set({
      display_name: input.displayName ?? current.displayName,
      roles,
      disciplines,
      locale: input.locale ?? current.locale,
      status,
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  if (input.teamIds) await setTeams(tx, actor.organisationId, id, input.teamIds);
  // Losing access takes effect now, not at the next sign-in.
  if (status === 'disabled' || input.roles)
    await revokeUserSessions(tx, id, id === actor.userId ? (actor.sessionId ?? undefined) : undefined);
  await recordAudit(tx, actor, {
    action: 'user.updated',
    entityType: 'user',
    entityId: id,
    details: { fields: Object.keys(input), roles, status },
  });
  return getUser(tx, id);
}

/** Issues a new one-time password and signs the user out everywhere. */
export async function resetPassword(tx: Tx, actor: AuditActor, id: string) {
  await getUser(tx, id);
  const password = oneTimePassword();
  await tx
    .updateTable('users')
    .set({
      password_hash: await hashPassword(password),
      must_change_password: true,
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await revokeUserSessions(tx, id);
  await recordAudit(tx, actor, { action: 'user.password_reset', entityType: 'user', entityId: id });
  return { user: await getUser(tx, id), oneTimePassword: password };
}

/** Signs a user out of every session (a lost phone, a leaver). */
export async function revokeAllSessions(tx: Tx, actor: AuditActor, id: string): Promise<void> {
  await getUser(tx, id);
  const count = await revokeUserSessions(tx, id);
  await recordAudit(tx, actor, { action: 'session.revoked_all', entityType: 'user', entityId: id, details: { count } });
}
