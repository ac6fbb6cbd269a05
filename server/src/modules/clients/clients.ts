import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { searchName } from '#core/clients/search-name';
import type { CreateClientBody, UpdateClientBody } from '#core/schemas/clients';
import { auditClientRead, recordAudit } from '../../platform/audit/record';
import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { issueTemporaryCode, type StoredCode, storedFullCode } from './codes';
import type { ClientContext } from './context';
import { clientColumns, presentClient, presentSummary, summaryColumns } from './presenters';
import { checkTargetGroups, checkWorker, lockOpenClient } from './rules';

registerEncryptedColumn({ table: 'clients', column: 'safe_contact_enc' });

const safeContactAad = (id: string) => columnAad('clients', 'safe_contact_enc', id);

async function sealSafeContact(tx: Tx, ctx: ClientContext, id: string, text: string | null | undefined) {
  if (text == null) return null;
  return ctx.keyring.encrypt(tx, ctx.actor.organisationId, text, safeContactAad(id));
}

/** Creates a client; a full code is checked against the scheme and hashed, or a temporary one issued. */
/** The person already created under a phone-made id, when the same user sends it again. */
async function replayOfClient(tx: Tx, ctx: ClientContext, id: string) {
  const row = await tx
    .selectFrom('clients')
    .select(['id', 'pseudonym', 'status', 'code_kind', 'target_group_ids', 'temporary_code', 'created_by'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  if (row.created_by !== ctx.actor.userId) throw fieldError('id', 'validation.invalid');
  return { ...presentSummary(row), temporaryCode: row.temporary_code };
}

export async function createClient(tx: Tx, ctx: ClientContext, input: CreateClientBody) {
  if (input.id) {
    const replay = await replayOfClient(tx, ctx, input.id);
    if (replay) return replay;
  }
  await checkTargetGroups(tx, input.targetGroupIds);
  await checkWorker(tx, input.assignedWorkerId);
  let code: StoredCode | null = null;
  if (input.code) code = await storedFullCode(tx, ctx, input.code);
  else if (input.temporaryCode) code = await issueTemporaryCode(tx, ctx);
  const id = input.id ?? uuidv7();
  const row = await tx
    .insertInto('clients')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      pseudonym: input.pseudonym,
      search_name: searchName(input.pseudonym),
      code_hash: code?.hash ?? null,
      code_kind: code?.kind ?? null,
      temporary_code: code?.temporaryCode ?? null,
      birth_year: input.birthYear ?? null,
      age_band: input.ageBand ?? null,
      age_missing: input.ageMissing ?? null,
      gender: input.gender ?? null,
      gender_self_described: input.gender === 'self_described' ? (input.genderSelfDescribed ?? null) : null,
      gender_missing: input.genderMissing ?? null,
      languages: [...new Set(input.languages)],
      target_group_ids: [...new Set(input.targetGroupIds)],
      assigned_worker_id: input.assignedWorkerId ?? null,
      safe_contact_enc: await sealSafeContact(tx, ctx, id, input.safeContact),
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    // Two deliveries of one offline record racing: the second waits for the first, then finds it.
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .returning(['id', 'pseudonym', 'status', 'code_kind', 'target_group_ids', 'temporary_code'])
    .executeTakeFirst();
  if (!row) {
    const replay = await replayOfClient(tx, ctx, id);
    if (replay) return replay;
    throw fieldError('id', 'validation.invalid');
  }
  await recordAudit(tx, ctx.actor, {
    action: 'client.created',
    entityType: 'client',
    entityId: id,
    clientId: id,
    details: { codeKind: code?.kind ?? null },
  });
  return { ...presentSummary(row), temporaryCode: row.temporary_code };
}

/** The full record, decrypted; every call is an audited read of the client. */
export async function getClient(tx: Tx, ctx: ClientContext, id: string) {
  const row = await tx.selectFrom('clients').select(clientColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const identity = await tx
    .selectFrom('client_identities')
    .select('client_id')
    .where('client_id', '=', id)
    .executeTakeFirst();
  const safeContact = row.safe_contact_enc
    ? await ctx.keyring.decrypt(tx, ctx.actor.organisationId, row.safe_contact_enc, safeContactAad(id))
    : null;
  await auditClientRead(tx, ctx.actor, id, { entityType: 'client' });
  return presentClient(row, safeContact, identity !== undefined);
}

/** Changes the given fields only; a field sent as null is cleared. */
export async function updateClient(tx: Tx, ctx: ClientContext, id: string, input: UpdateClientBody) {
  await lockOpenClient(tx, id);
  await checkTargetGroups(tx, input.targetGroupIds);
  await checkWorker(tx, input.assignedWorkerId);
  const set: Record<string, unknown> = {};
  if (input.pseudonym !== undefined) {
    set.pseudonym = input.pseudonym;
    set.search_name = searchName(input.pseudonym);
  }
  const direct = {
    birthYear: 'birth_year',
    ageBand: 'age_band',
    ageMissing: 'age_missing',
    gender: 'gender',
    genderSelfDescribed: 'gender_self_described',
    genderMissing: 'gender_missing',
    assignedWorkerId: 'assigned_worker_id',
    status: 'status',
  } as const;
  for (const [field, column] of Object.entries(direct)) {
    const value = input[field as keyof typeof direct];
    if (value !== undefined) set[column] = value;
  }
  // A coded answer given clears its "missing" reason and the other way round.
  if (input.gender != null) set.gender_missing = null;
  if (input.genderMissing != null) set.gender = null;
  if (input.gender != null && input.gender !== 'self_described') set.gender_self_described = null;
  if (input.birthYear != null || input.ageBand != null) set.age_missing = null;
  if (input.ageMissing != null) Object.assign(set, { birth_year: null, age_band: null });
  if (input.languages !== undefined) set.languages = [...new Set(input.languages)];
  if (input.targetGroupIds !== undefined) set.target_group_ids = [...new Set(input.targetGroupIds)];
  if (input.safeContact !== undefined) set.safe_contact_enc = await sealSafeContact(tx, ctx, id, input.safeContact);
  await tx
    .updateTable('clients')
    .set({ ...set, updated_at: sql`now()`, updated_by: ctx.actor.userId })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'client.updated',
    entityType: 'client',
    entityId: id,
    clientId: id,
    details: { fields: Object.keys(input) },
  });
  return getClient(tx, ctx, id);
}

/** Replaces a temporary (or mistyped) code with the person's full code. */
export async function setClientCode(tx: Tx, ctx: ClientContext, id: string, plain: string) {
  const before = await tx.selectFrom('clients').select('code_kind').where('id', '=', id).executeTakeFirst();
  await lockOpenClient(tx, id);
  const code = await storedFullCode(tx, ctx, plain);
  await tx
    .updateTable('clients')
    .set({
      code_hash: code.hash,
      code_kind: code.kind,
      temporary_code: null,
      updated_at: sql`now()`,
      updated_by: ctx.actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'client.code_replaced',
    entityType: 'client',
    entityId: id,
    clientId: id,
    details: { from: before?.code_kind ?? null, to: 'full' },
  });
  return getClient(tx, ctx, id);
}

/** A page of clients, most recently changed first (not audited as reads: a list shows no more than a look-up). */
export async function listClients(
  tx: Tx,
  query: { page: number; pageSize: number; status?: string | undefined; assignedWorkerId?: string | undefined },
) {
  let base = tx.selectFrom('clients');
  if (query.status) base = base.where('status', '=', query.status);
  else base = base.where('status', 'not in', ['merged', 'anonymised']);
  if (query.assignedWorkerId) base = base.where('assigned_worker_id', '=', query.assignedWorkerId);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([...summaryColumns, 'temporary_code', 'assigned_worker_id', 'first_contact_on', 'updated_at'])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  // Lists never decrypt: the safe-contact text is shown only on the audited record.
  const items = rows.map((r) => ({
    ...presentSummary(r),
    temporaryCode: r.temporary_code,
    assignedWorkerId: r.assigned_worker_id,
    firstContactOn: r.first_contact_on,
    updatedAt: r.updated_at.toISOString(),
  }));
  return pageResult(items, total, query);
}
