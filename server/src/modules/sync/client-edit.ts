import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { searchName } from '#core/clients/search-name';
import type { ClientEditField, ClientUpdatePayload } from '#core/schemas/sync';
import { compareHlc } from '#core/sync/hlc';
import { applyAll, conflicts, emptySyncState, type FieldEdit, type FieldValue } from '#core/sync/merge';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { actorOf, requireAuth } from '../../platform/http/context';
import { checkTargetGroups, lockOpenClient } from '../clients/index';
import './client-edit-tables';

/** Who sends a `client.update`: the user, and the phone whose outbox it came from. */
export interface ClientEditContext {
  actor: AuditActor;
  userId: string;
  deviceId: string;
}

/** The push route's caller and device (push.ts checked that the device is the caller's and active). */
export function clientEditContext(request: FastifyRequest): ClientEditContext {
  const { deviceId } = request.body as { deviceId: string };
  return { actor: { ...actorOf(request), deviceId }, userId: requireAuth(request).user.id, deviceId };
}

const columns = { pseudonym: 'pseudonym', targetGroupIds: 'target_group_ids', status: 'status' } as const;

/**
 * Writes fields of a client's row as the online PATCH does (the search form of a
 * pseudonym, target groups without repeats). `stamped`: the edit carries its own
 * stamps, written by the caller; otherwise migration 0012's trigger stamps each
 * changed field with the server's clock, as it does for every online change.
 */
export async function writeClientFields(
  tx: Tx,
  clientId: string,
  userId: string,
  values: Partial<Record<ClientEditField, FieldValue>>,
  stamped: boolean,
) {
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values) as [ClientEditField, FieldValue][]) {
    set[columns[field]] = value;
    if (field === 'pseudonym') set.search_name = searchName(value as string);
  }
  if (stamped) await sql`SELECT set_config('kontakt.field_stamped', 'on', true)`.execute(tx);
  await tx
    .updateTable('clients')
    .set({ ...set, updated_at: sql`now()`, updated_by: userId })
    .where('id', '=', clientId)
    .execute();
  if (stamped) await sql`SELECT set_config('kontakt.field_stamped', 'off', true)`.execute(tx);
}

/** A value as stored: target groups once each, in the order given (as the online PATCH stores them). */
const normalised = (field: ClientEditField, value: FieldValue): FieldValue =>
  field === 'targetGroupIds' ? [...new Set(value as string[])] : value;

interface Stamp {
  field: string;
  hlc: string;
  base: string | null;
  value: unknown;
  device_id: string | null;
  user_id: string | null;
}

/**
 * One field's outcome under the merge rules of core/sync (decision 007), computed
 * from the two edits the server knows of: the current value's and the incoming
 * one. The later stamp wins; the other becomes a conflict entry when the winner's
 * author had not seen it (its base is older), unless both hold the same value.
 */
function mergeField(clientId: string, field: ClientEditField, stored: Stamp | undefined, incoming: FieldEdit) {
  const edit = (opId: string, e: FieldEdit) => ({
    opId,
    recordId: clientId,
    kind: 'edit' as const,
    hlc: e.hlc,
    fields: { [field]: e },
  });
  const known = stored ? { value: stored.value as FieldValue, hlc: stored.hlc, base: stored.base } : null;
  const state = applyAll(emptySyncState(), [...(known ? [edit('stored', known)] : []), edit('incoming', incoming)]);
  const incomingWins = !stored || compareHlc(incoming.hlc, stored.hlc) > 0;
  const [lost] = conflicts(state);
  return { incomingWins, lost };
}

/**
 * Applies a phone's `client.update`: field by field, an edit based on the current
 * value (or on none, when the field was never stamped) applies; a concurrent one
 * is settled by the later stamp, and the value that lost — the stored one or the
 * incoming one — is kept as a conflict entry for a coordinator (once per edit,
 * however often it is delivered). Fields of the same operation that do not
 * conflict apply normally. Refused as the online PATCH refuses: unknown client,
 * merged or anonymised person, target group not in the catalogue.
 */
export async function applyClientEdit(tx: Tx, ctx: ClientEditContext, input: ClientUpdatePayload) {
  const clientId = input.id;
  // Locks the row: edits of one client are merged one at a time.
  await lockOpenClient(tx, clientId);
  const edits = (Object.entries(input.fields) as [ClientEditField, FieldEdit | undefined][]).filter(
    (e): e is [ClientEditField, FieldEdit] => e[1] !== undefined,
  );
  await checkTargetGroups(tx, input.fields.targetGroupIds?.value);
  const stamps = new Map(
    (
      await tx
        .selectFrom('client_field_stamps')
        .select(['field', 'hlc', 'base', 'value', 'device_id', 'user_id'])
        .where('client_id', '=', clientId)
        .where(
          'field',
          'in',
          edits.map(([f]) => f),
        )
        .execute()
    ).map((s) => [s.field, s]),
  );
  const applied: Partial<Record<ClientEditField, FieldValue>> = {};
  const newStamps: Stamp[] = [];
  const lostEdits: { field: ClientEditField; losing: Stamp; winning: Stamp }[] = [];
  for (const [field, raw] of edits) {
    const incoming: FieldEdit = { ...raw, value: normalised(field, raw.value) };
    const stored = stamps.get(field);
    // The very edit already on the client (sent again under another operation id).
    if (stored && stored.hlc === incoming.hlc) continue;
    const outcome = mergeField(clientId, field, stored, incoming);
    const mine: Stamp = { field, ...incoming, device_id: ctx.deviceId, user_id: ctx.userId };
    if (outcome.incomingWins) {
      applied[field] = incoming.value;
      newStamps.push(mine);
    }
    if (outcome.lost && stored) {
      lostEdits.push(
        outcome.incomingWins ? { field, losing: stored, winning: mine } : { field, losing: mine, winning: stored },
      );
    }
  }

  if (newStamps.length) {
    await writeClientFields(tx, clientId, ctx.userId, applied, true);
    await tx
      .insertInto('client_field_stamps')
      .values(
        newStamps.map((s) => ({
          organisation_id: ctx.actor.organisationId,
          client_id: clientId,
          field: s.field,
          hlc: s.hlc,
          base: s.base,
          value: JSON.stringify(s.value),
          device_id: s.device_id,
          user_id: s.user_id,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'client_id', 'field']).doUpdateSet((eb) => ({
          hlc: eb.ref('excluded.hlc'),
          base: eb.ref('excluded.base'),
          value: eb.ref('excluded.value'),
          device_id: eb.ref('excluded.device_id'),
          user_id: eb.ref('excluded.user_id'),
          written_at: sql<Date>`now()`,
        })),
      )
      .execute();
    await recordAudit(tx, ctx.actor, {
      action: 'client.updated',
      entityType: 'client',
      entityId: clientId,
      clientId,
      details: { fields: Object.keys(applied), via: 'sync' },
    });
  }
  let recorded = 0;
  for (const { field, losing, winning } of lostEdits) {
    const conflict = await tx
      .insertInto('sync_conflicts')
      .values({
        organisation_id: ctx.actor.organisationId,
        id: uuidv7(),
        client_id: clientId,
        field,
        losing_value: JSON.stringify(losing.value),
        losing_hlc: losing.hlc,
        losing_user_id: losing.user_id,
        losing_device_id: losing.device_id,
        winning_value: JSON.stringify(winning.value),
        winning_hlc: winning.hlc,
        winning_user_id: winning.user_id,
        winning_device_id: winning.device_id,
      })
      // The same lost edit again (delivered under a new operation id): its entry is there.
      .onConflict((oc) => oc.columns(['organisation_id', 'client_id', 'field', 'losing_hlc']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!conflict) continue;
    recorded++;
    await recordAudit(tx, ctx.actor, {
      action: 'sync_conflict.recorded',
      entityType: 'sync_conflict',
      entityId: conflict.id,
      clientId,
      details: { field },
    });
  }
  return { applied: Object.keys(applied), conflicts: recorded };
}
