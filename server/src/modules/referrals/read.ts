import { sql } from 'kysely';
import type { z } from 'zod';
import type { Referral, referralListQuery } from '#core/schemas/referrals';
import { auditClientRead, auditWrites } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { feedbackAad, type ReferralContext } from './context';
import './tables';

const today = sql<string>`(SELECT (now() AT TIME ZONE time_zone)::date FROM organisations WHERE id = (SELECT kontakt_current_org()))`;

/** Referrals with the person's pseudonym, the service and its partner, and whether they are overdue. */
export function referralRows(tx: Tx) {
  return tx
    .selectFrom('referrals as r')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'r.organisation_id').onRef('c.id', '=', 'r.client_id'),
    )
    .innerJoin('partner_services as s', (j) =>
      j.onRef('s.organisation_id', '=', 'r.organisation_id').onRef('s.id', '=', 'r.partner_service_id'),
    )
    .innerJoin('partners as p', (j) =>
      j.onRef('p.organisation_id', '=', 's.organisation_id').onRef('p.id', '=', 's.partner_id'),
    )
    .selectAll('r')
    .select([
      'c.pseudonym',
      's.name as service_name',
      'p.id as partner_id',
      'p.name as partner_name',
      sql<boolean>`r.status IN ('sent', 'accepted') AND r.expected_by < ${today}`.as('overdue'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirstOrThrow']>>;

export async function presentReferral(tx: Tx, ctx: ReferralContext, r: Row): Promise<Referral> {
  return {
    id: r.id,
    clientId: r.client_id,
    pseudonym: r.pseudonym,
    partnerServiceId: r.partner_service_id,
    serviceName: r.service_name,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    reasonId: r.reason_id,
    referredOn: r.referred_on,
    expectedBy: r.expected_by,
    accompanied: r.accompanied,
    consentGiven: r.consent_given,
    shared: r.shared as Referral['shared'],
    status: r.status as Referral['status'],
    statusOn: r.status_on,
    feedback: r.feedback_enc
      ? await ctx.keyring.decrypt(tx, ctx.actor.organisationId, r.feedback_enc, feedbackAad(r.id))
      : null,
    overdue: r.overdue,
    source: r.source as Referral['source'],
    sourceId: r.source_id,
  };
}

export async function getReferral(tx: Tx, ctx: ReferralContext, id: string): Promise<Referral> {
  const row = await referralRows(tx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  await auditClientRead(tx, ctx.actor, row.client_id, { entityType: 'referral', entityId: id });
  return presentReferral(tx, ctx, row);
}

/** A person's referrals, newest first: a read of the person. */
export async function listClientReferrals(tx: Tx, ctx: ReferralContext, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await referralRows(tx)
    .where('r.client_id', '=', clientId)
    .orderBy('r.referred_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
  await auditClientRead(tx, ctx.actor, clientId, { entityType: 'referrals' });
  return { items: await Promise.all(rows.map((r) => presentReferral(tx, ctx, r))) };
}

/**
 * The organisation's referrals — open ones, overdue ones, by partner — for the
 * worker who follows them up. Each person listed is a read of that person.
 */
export async function listReferrals(tx: Tx, ctx: ReferralContext, q: z.infer<typeof referralListQuery>) {
  let rows = referralRows(tx);
  if (q.status === 'open') rows = rows.where('r.status', 'in', ['sent', 'accepted']);
  else if (q.status) rows = rows.where('r.status', '=', q.status);
  if (q.overdue === 'true')
    rows = rows.where(sql<boolean>`r.status IN ('sent', 'accepted') AND r.expected_by < ${today}`);
  if (q.partnerId) rows = rows.where('p.id', '=', q.partnerId);
  const found = await rows
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy('r.expected_by')
    .orderBy('r.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const people = [...new Set(found.map((r) => r.client_id))];
  if (people.length)
    await auditWrites(
      tx,
      ctx.actor,
      people.map((clientId) => ({ action: 'client.read', clientId, entityType: 'referral_list', entityId: clientId })),
    ).execute();
  return {
    items: await Promise.all(found.map((r) => presentReferral(tx, ctx, r))),
    total: Number(found[0]?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
