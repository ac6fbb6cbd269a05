import type { FastifyRequest } from 'fastify';
import { outreachScope, type RecordScope } from '#core/permissions/scopes';
import type { AuditActor } from '../../platform/audit/record';
import type { Keyring } from '../../platform/crypto/keyring';
import type { Tx } from '../../platform/db/tenancy';
import { forbidden } from '../../platform/errors';
import { actorOf, requireAuth } from '../../platform/http/context';

/** Who works on outreach records, how far they see, and the keys for the encrypted notes. */
export interface OutreachContext {
  actor: AuditActor;
  userId: string;
  scope: RecordScope;
  keyring: Keyring;
}

export function outreachContext(request: FastifyRequest): OutreachContext {
  const auth = requireAuth(request);
  const scope = outreachScope(auth.user.roles);
  // The route's action already passed; a role with the action always has a scope.
  if (!scope) throw forbidden();
  return { actor: actorOf(request), userId: auth.user.id, scope, keyring: request.server.platform.keyring };
}

/** The teams the user belongs to (for the "own + team" scope). */
export async function teamsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.team_id);
}

/** Seals a text for one column of one row (AAD binds it there), or null. */
export function seal(tx: Tx, ctx: OutreachContext, aad: string, text: string | null | undefined) {
  if (text == null) return Promise.resolve(null);
  return ctx.keyring.encrypt(tx, ctx.actor.organisationId, text, aad);
}

export function unseal(tx: Tx, ctx: OutreachContext, aad: string, value: string | null) {
  if (value == null) return Promise.resolve(null);
  return ctx.keyring.decrypt(tx, ctx.actor.organisationId, value, aad);
}
