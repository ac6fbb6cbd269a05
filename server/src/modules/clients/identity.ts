import { sql } from 'kysely';
import type { Identity } from '#core/schemas/clients';
import { auditClientRead, recordAudit } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import type { ClientContext } from './context';
import { lockOpenClient } from './rules';

registerEncryptedColumn({ table: 'client_identities', column: 'data_enc', idColumn: 'client_id' });

// The identity row's id for the AAD is the client's id (one identity per client).
const aad = (clientId: string) => columnAad('client_identities', 'data_enc', clientId);

function present(identity: Identity | null) {
  if (!identity) return null;
  return {
    legalName: identity.legalName ?? null,
    dateOfBirth: identity.dateOfBirth ?? null,
    documents: identity.documents,
    note: identity.note ?? null,
  };
}

/**
 * Opens the identity record "breaking the glass": the reason is kept in the
 * audit trail and the event is flagged for the coordinator, whether or not an
 * identity has been recorded yet.
 */
export async function openIdentity(tx: Tx, ctx: ClientContext, clientId: string, reason: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const row = await tx
    .selectFrom('client_identities')
    .select('data_enc')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  await auditClientRead(tx, ctx.actor, clientId, { entityType: 'client_identity', reason });
  if (!row) return { identity: null };
  const json = await ctx.keyring.decrypt(tx, ctx.actor.organisationId, row.data_enc, aad(clientId));
  return { identity: present(JSON.parse(json) as Identity) };
}

/** Records or replaces the identity, encrypted as one document; also flagged with its reason. */
export async function saveIdentity(tx: Tx, ctx: ClientContext, clientId: string, identity: Identity, reason: string) {
  await lockOpenClient(tx, clientId);
  const dataEnc = await ctx.keyring.encrypt(tx, ctx.actor.organisationId, JSON.stringify(identity), aad(clientId));
  await tx
    .insertInto('client_identities')
    .values({
      organisation_id: ctx.actor.organisationId,
      client_id: clientId,
      data_enc: dataEnc,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'client_id']).doUpdateSet({
        data_enc: dataEnc,
        updated_at: sql`now()`,
        updated_by: ctx.actor.userId,
      }),
    )
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'client.identity_saved',
    entityType: 'client_identity',
    entityId: clientId,
    clientId,
    flagged: true,
    reason,
  });
  return { identity: present(identity) };
}
