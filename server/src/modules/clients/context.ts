import type { FastifyRequest } from 'fastify';
import type { Role } from '#core/roles';
import type { AuditActor } from '../../platform/audit/record';
import type { Keyring } from '../../platform/crypto/keyring';
import { actorOf, requireAuth } from '../../platform/http/context';

/** What the clients services need besides the transaction: who acts, with which roles, and the keys. */
export interface ClientContext {
  actor: AuditActor;
  roles: readonly Role[];
  keyring: Keyring;
  codeSecretRoot: Buffer;
}

export function clientContext(request: FastifyRequest): ClientContext {
  const auth = requireAuth(request);
  const { keyring, codeSecretRoot } = request.server.platform;
  return { actor: actorOf(request), roles: auth.user.roles, keyring, codeSecretRoot };
}
