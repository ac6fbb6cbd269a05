import type { FastifyRequest } from 'fastify';
import type { DisciplineHolder } from '#core/permissions/disciplines';
import type { AuditActor } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import type { Keyring } from '../../platform/crypto/keyring';
import { actorOf, requireAuth } from '../../platform/http/context';

/** Who works with appointments: their roles and disciplines decide whose notes they read. */
export interface CounsellingContext {
  actor: AuditActor;
  userId: string;
  holder: DisciplineHolder;
  keyring: Keyring;
}

export function counsellingContext(request: FastifyRequest): CounsellingContext {
  const { user } = requireAuth(request);
  return {
    actor: actorOf(request),
    userId: user.id,
    holder: { roles: user.roles, disciplines: user.disciplines },
    keyring: request.server.platform.keyring,
  };
}

for (const [table, column] of [
  ['appointments', 'notes_enc'],
  ['health_tests', 'medical_enc'],
] as const)
  registerEncryptedColumn({ table, column });

/** Notes are bound to their row and column (key rotation re-seals every registered column with this AAD). */
export const notesAad = (appointmentId: string) => columnAad('appointments', 'notes_enc', appointmentId);

/** A test's result and linkage, bound to its row. */
export const medicalAad = (testId: string) => columnAad('health_tests', 'medical_enc', testId);
