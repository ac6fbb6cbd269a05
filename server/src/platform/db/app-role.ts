import { createHmac } from 'node:crypto';
import type pg from 'pg';

/** The group role the migrations grant privileges to; it never bypasses RLS. */
export const appGroupRole = 'kontakt_app';

/** The login role for one database: roles are cluster-wide, databases are not. */
export function appLoginRole(database: string): string {
  const safe = database
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40);
  return `${safe}_login`;
}

/** The app role's password, derived from the master key so no extra secret is needed. */
export function appRolePassword(masterKey: Buffer, database: string): string {
  return createHmac('sha256', masterKey).update(`kontakt/db-app-role/${database}`).digest('base64url');
}

/**
 * Makes sure the application's login role exists, is a member of the group
 * role, and cannot bypass row-level security. Runs at every start, as the
 * database owner, so a restored or moved database keeps working.
 */
export async function ensureAppRole(owner: pg.ClientBase, database: string, password: string): Promise<string> {
  const role = appLoginRole(database);
  const ident = owner.escapeIdentifier(role);
  const literal = owner.escapeLiteral(password);
  const { rowCount } = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await owner.query(`${verb} ROLE ${ident} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
  await owner.query(`GRANT ${owner.escapeIdentifier(appGroupRole)} TO ${ident}`);
  await owner.query(`GRANT CONNECT ON DATABASE ${owner.escapeIdentifier(database)} TO ${ident}`);
  return role;
}
