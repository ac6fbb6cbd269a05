import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import {
  type createReferralBody,
  type ReferralStatus,
  referralMoves,
  type referralStatusBody,
} from '#core/schemas/referrals';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { feedbackAad, type ReferralContext } from './context';
import { checkNoted } from './noted';
import { getReferral } from './read';

const sourceTables = { contact: 'contacts', visit: 'visits', appointment: 'appointments' } as const;
const twoWeeks = 14 * 86_400_000;

function addDays(day: string, ms: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + ms).toISOString().slice(0, 10);
}

/** Everything a referral names must be the organisation's, and the person still open. */
async function checkReferral(tx: Tx, body: z.infer<typeof createReferralBody>) {
  const client = await tx.selectFrom('clients').select('status').where('id', '=', body.clientId).executeTakeFirst();
  if (!client) throw fieldError('clientId', 'validation.invalid');
  if (client.status === 'merged' || client.status === 'anonymised')
    throw fieldError('clientId', 'validation.client_closed');
  const service = await tx
    .selectFrom('partner_services as s')
    .innerJoin('partners as p', (j) =>
      j.onRef('p.organisation_id', '=', 's.organisation_id').onRef('p.id', '=', 's.partner_id'),
    )
    .select(['s.status', 'p.active'])
    .where('s.id', '=', body.partnerServiceId)
    .executeTakeFirst();
  if (!service?.active || service.status === 'defunct') throw fieldError('partnerServiceId', 'validation.invalid');
  if (body.reasonId) {
    const reason = await tx
      .selectFrom('catalogue_items')
      .select('id')
      .where('id', '=', body.reasonId)
      .where('kind', '=', 'referral_reason')
      .where('active', '=', true)
      .executeTakeFirst();
    if (!reason) throw fieldError('reasonId', 'validation.catalogue_unknown');
  }
  if (body.source !== 'client' && body.sourceId) {
    const from = await tx
      .selectFrom(sourceTables[body.source])
      .select('id')
      .where('id', '=', body.sourceId)
      .where('client_id', '=', body.clientId)
      .executeTakeFirst();
    if (!from) throw fieldError('sourceId', 'validation.invalid');
  }
  if (body.notedIndex !== null && body.sourceId) await checkNoted(tx, body.sourceId, body.notedIndex);
}

/** Refers a person to a partner's service, from their page or from a contact, visit or appointment. */
export async function createReferral(tx: Tx, ctx: ReferralContext, body: z.infer<typeof createReferralBody>) {
  const id = body.id ?? uuidv7();
  // The same offline referral delivered again answers with the one recorded.
  if (body.id && (await tx.selectFrom('referrals').select('id').where('id', '=', body.id).executeTakeFirst()))
    return getReferral(tx, ctx, body.id);
  await checkReferral(tx, body);
  await tx
    .insertInto('referrals')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      client_id: body.clientId,
      partner_service_id: body.partnerServiceId,
      reason_id: body.reasonId,
      referred_on: body.referredOn,
      expected_by: body.expectedBy ?? addDays(body.referredOn, twoWeeks),
      accompanied: body.accompanied,
      consent_given: body.consentGiven,
      shared: body.shared,
      source: body.source,
      source_id: body.sourceId,
      noted_index: body.notedIndex,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'referral.created',
    entityType: 'referral',
    entityId: id,
    clientId: body.clientId,
    details: { shared: body.shared, accompanied: body.accompanied },
  });
  return getReferral(tx, ctx, id);
}

/** The partner's answer or the outcome; an outcome is final, and an open referral never goes back. */
export async function moveReferral(tx: Tx, ctx: ReferralContext, id: string, body: z.infer<typeof referralStatusBody>) {
  const current = await tx
    .selectFrom('referrals')
    .select(['status', 'client_id', 'referred_on'])
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!current) throw notFound();
  const status = current.status as ReferralStatus;
  if (body.status !== status && !referralMoves[status].includes(body.status))
    throw fieldError('status', 'validation.referral_move');
  const on =
    body.on ??
    (await sql<{ d: string }>`SELECT (now() AT TIME ZONE time_zone)::date::text AS d FROM organisations`.execute(tx))
      .rows[0]!.d;
  if (on < current.referred_on) throw fieldError('on', 'validation.end_before_start');
  const feedback =
    body.feedback === undefined
      ? undefined
      : body.feedback === null
        ? null
        : await ctx.keyring.encrypt(tx, ctx.actor.organisationId, body.feedback, feedbackAad(id));
  await tx
    .updateTable('referrals')
    .set({
      status: body.status,
      status_on: on,
      status_by: ctx.actor.userId,
      ...(feedback !== undefined ? { feedback_enc: feedback } : {}),
      updated_at: sql`now()`,
      updated_by: ctx.actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'referral.status',
    entityType: 'referral',
    entityId: id,
    clientId: current.client_id,
    details: { from: status, to: body.status, feedback: body.feedback !== undefined },
  });
  return getReferral(tx, ctx, id);
}
