import { sql } from 'kysely';
import type { Db } from '../db/pool';
import { newToken, tokenHash } from './tokens';

/** What an API key may read: its organisation and its scope. */
export interface ApiKeyPrincipal {
  organisationId: string;
  keyId: string;
  scope: ApiKeyScope;
}

/** The parts of the API a key can read; a route names the scope it opens to keys. */
export const apiKeyScopes = ['directory'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/** A new key as its holder sees it once (a prefix says what it is if it turns up in a log or a repo). */
export function newApiKey(): { token: string; hash: Buffer } {
  const token = `kontakt_${newToken()}`;
  return { token, hash: tokenHash(token) };
}

/** The live key behind a presented token, or null. */
export async function findApiKey(db: Db, token: string): Promise<ApiKeyPrincipal | null> {
  const { rows } = await sql<{ organisation_id: string; key_id: string; scope: ApiKeyScope }>`
    SELECT * FROM kontakt_api_key(${tokenHash(token)})`.execute(db);
  const row = rows[0];
  return row ? { organisationId: row.organisation_id, keyId: row.key_id, scope: row.scope } : null;
}
