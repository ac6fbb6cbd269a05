import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import { newApiKey } from '../../platform/auth/api-keys';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import type { ApiKeysTable } from './tables';

function present(row: Selectable<ApiKeysTable>) {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as 'directory',
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** The organisation's directory keys, live ones first (never their tokens). */
export async function listApiKeys(tx: Tx) {
  const rows = await tx
    .selectFrom('api_keys')
    .selectAll()
    .orderBy(sql`revoked_at IS NULL`, 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return { items: rows.map(present) };
}

/** Makes a key for a partner's system; its token is in this answer only. */
export async function createApiKey(tx: Tx, actor: AuditActor, name: string) {
  const { token, hash } = newApiKey();
  const id = uuidv7();
  const row = await tx
    .insertInto('api_keys')
    .values({
      organisation_id: actor.organisationId,
      id,
      name,
      scope: 'directory',
      token_hash: hash,
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, { action: 'api_key.created', entityType: 'api_key', entityId: id });
  return { ...present(row), token };
}

/** Revokes a key at once; revoking it again changes nothing. */
export async function revokeApiKey(tx: Tx, actor: AuditActor, id: string) {
  const row = await tx
    .updateTable('api_keys')
    .set({ revoked_at: sql`coalesce(revoked_at, now())`, revoked_by: sql`coalesce(revoked_by, ${actor.userId})` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound();
  await recordAudit(tx, actor, { action: 'api_key.revoked', entityType: 'api_key', entityId: id });
  return present(row);
}
