import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { type AuditActor, auditClientRead, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import type { ClientContext } from './context';
import { presentConsent } from './presenters';
import { lockOpenClient } from './rules';

export interface ConsentInput {
  purpose: string;
  partnerName?: string | null | undefined;
  givenOn: string;
  method: string;
  note?: string | null | undefined;
}

/** A client's consents, current ones first. */
export async function listConsents(tx: Tx, actor: AuditActor, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  await auditClientRead(tx, actor, clientId, { entityType: 'client_consents' });
  const rows = await tx
    .selectFrom('client_consents')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy(sql`withdrawn_on IS NOT NULL`)
    .orderBy('given_on', 'desc')
    .execute();
  return { items: rows.map(presentConsent) };
}

export async function recordConsent(tx: Tx, ctx: ClientContext, clientId: string, input: ConsentInput) {
  await lockOpenClient(tx, clientId);
  const row = await tx
    .insertInto('client_consents')
    .values({
      organisation_id: ctx.actor.organisationId,
      id: uuidv7(),
      client_id: clientId,
      purpose: input.purpose,
      partner_name: input.purpose === 'sharing_with_partner' ? (input.partnerName ?? null) : null,
      given_on: input.givenOn,
      method: input.method,
      note: input.note ?? null,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, ctx.actor, {
    action: 'client.consent_recorded',
    entityType: 'client_consent',
    entityId: row.id,
    clientId,
    details: { purpose: input.purpose },
  });
  return presentConsent(row);
}

/** Withdrawal stops what the consent covered; the record stays, dated. */
export async function withdrawConsent(tx: Tx, ctx: ClientContext, clientId: string, consentId: string, on: string) {
  const consent = await tx
    .selectFrom('client_consents')
    .selectAll()
    .where('id', '=', consentId)
    .where('client_id', '=', clientId)
    .forUpdate()
    .executeTakeFirst();
  if (!consent) throw notFound();
  if (consent.withdrawn_on) throw fieldError('withdrawnOn', 'validation.consent_withdrawn');
  if (on < consent.given_on) throw fieldError('withdrawnOn', 'validation.withdrawn_before_given');
  const row = await tx
    .updateTable('client_consents')
    .set({ withdrawn_on: on, updated_at: sql`now()`, updated_by: ctx.actor.userId })
    .where('id', '=', consentId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, ctx.actor, {
    action: 'client.consent_withdrawn',
    entityType: 'client_consent',
    entityId: consentId,
    clientId,
    details: { purpose: consent.purpose },
  });
  return presentConsent(row);
}
