import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { z } from 'zod';
import { translate, translateIssues } from '#core/i18n/index';
import { can } from '#core/permissions/policy';
import type { pushBody, pushResponse } from '#core/schemas/sync';
import { withTenant } from '../../platform/db/tenancy';
import { AppError, fieldError } from '../../platform/errors';
import { requireAuth } from '../../platform/http/context';
import { requestLocale } from '../../platform/http/locale';
import { operationHandlers, operationInput } from './operations';
import './tables';

type Result = z.infer<typeof pushResponse>['results'][number];

/**
 * Applies a batch from a phone's outbox, one operation per transaction, in the
 * order sent. Each answer is per operation: applied; already applied (its
 * `opId` was applied before — a batch delivered twice, or retried after a lost
 * answer, changes nothing); or rejected with the translated reason, which the
 * phone keeps for correction. A revoked device applies nothing and is told to wipe.
 */
export async function pushOperations(request: FastifyRequest, body: z.infer<typeof pushBody>) {
  const auth = requireAuth(request);
  const tenant = { organisationId: auth.organisation.id, userId: auth.user.id };
  const db = request.server.platform.db;
  const device = await withTenant(db, tenant, (tx) =>
    tx
      .selectFrom('devices')
      .select(['revoked_at'])
      .where('id', '=', body.deviceId)
      .where('user_id', '=', auth.user.id)
      .executeTakeFirst(),
  );
  if (!device) throw fieldError('deviceId', 'validation.invalid');
  if (device.revoked_at) return { device: 'wipe' as const, results: [] };

  const locale = requestLocale(request);
  const rejected = (opId: string, code: string, fields?: Record<string, string>): Result => ({
    opId,
    outcome: 'rejected',
    reason: { code, message: translate(locale, `errors.${code}`), ...(fields ? { fields } : {}) },
  });
  // Operations applied before answer so whatever has changed since (a role, a shift closed).
  const ids = body.operations.map((op) => op.opId);
  const seen = new Set(
    ids.length
      ? (
          await withTenant(db, tenant, (tx) =>
            tx.selectFrom('sync_operations').select('op_id').where('op_id', 'in', ids).execute(),
          )
        ).map((r) => r.op_id)
      : [],
  );
  const results: Result[] = [];
  for (const op of body.operations) {
    if (seen.has(op.opId)) {
      results.push({ opId: op.opId, outcome: 'already_applied' });
      continue;
    }
    const handler = operationHandlers[op.type];
    if (!can(auth.user.roles, handler.action)) {
      results.push(rejected(op.opId, 'forbidden'));
      continue;
    }
    const input = operationInput(op);
    if (!input.success) {
      results.push(rejected(op.opId, 'validation_failed', translateIssues(input.error.issues, locale)));
      continue;
    }
    try {
      const outcome = await withTenant(db, tenant, async (tx) => {
        // Remembered in the same transaction as its effect: both or neither. A
        // concurrent delivery of the same op waits here, then finds it applied.
        const fresh = await tx
          .insertInto('sync_operations')
          .values({
            organisation_id: tenant.organisationId,
            op_id: op.opId,
            device_id: body.deviceId,
            user_id: auth.user.id,
            type: op.type,
            record_id: op.recordId,
          })
          .onConflict((oc) => oc.columns(['organisation_id', 'op_id']).doNothing())
          .returning('op_id')
          .executeTakeFirst();
        if (!fresh) return 'already_applied' as const;
        await handler.apply(tx, request, input.data);
        return 'applied' as const;
      });
      results.push({ opId: op.opId, outcome });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      const fields = error.fields
        ? Object.fromEntries(Object.entries(error.fields).map(([f, key]) => [f, translate(locale, key)]))
        : undefined;
      results.push(rejected(op.opId, error.code, fields));
    }
  }
  await withTenant(db, tenant, (tx) =>
    tx.updateTable('devices').set({ last_sync_at: sql`now()` }).where('id', '=', body.deviceId).execute(),
  );
  return { device: 'active' as const, results };
}
