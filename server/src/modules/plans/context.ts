import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import type { Keyring } from '../../platform/crypto/keyring';
import type { Tx } from '../../platform/db/tenancy';
import { actorOf } from '../../platform/http/context';

/** Who works on plans, and the keyring their sealed texts use. */
export interface PlanContext {
  actor: AuditActor;
  keyring: Keyring;
}

export function planContext(request: FastifyRequest): PlanContext {
  return { actor: actorOf(request), keyring: request.server.platform.keyring };
}

registerEncryptedColumn({ table: 'plan_goals', column: 'description_enc' });
registerEncryptedColumn({ table: 'plan_reviews', column: 'notes_enc' });

export const goalAad = (id: string) => columnAad('plan_goals', 'description_enc', id);
export const reviewAad = (id: string) => columnAad('plan_reviews', 'notes_enc', id);

export const seal = (tx: Tx, ctx: PlanContext, text: string, aad: string) =>
  ctx.keyring.encrypt(tx, ctx.actor.organisationId, text, aad);
export const unseal = (tx: Tx, ctx: PlanContext, sealed: string, aad: string) =>
  ctx.keyring.decrypt(tx, ctx.actor.organisationId, sealed, aad);
