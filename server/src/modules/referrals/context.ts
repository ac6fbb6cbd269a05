import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import type { Keyring } from '../../platform/crypto/keyring';
import { actorOf } from '../../platform/http/context';

/** Who works with referrals, and the keyring their feedback is sealed with. */
export interface ReferralContext {
  actor: AuditActor;
  keyring: Keyring;
}

export function referralContext(request: FastifyRequest): ReferralContext {
  return { actor: actorOf(request), keyring: request.server.platform.keyring };
}

registerEncryptedColumn({ table: 'referrals', column: 'feedback_enc' });
export const feedbackAad = (referralId: string) => columnAad('referrals', 'feedback_enc', referralId);
