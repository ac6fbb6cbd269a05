import { v7 as uuidv7 } from 'uuid';
import type { CreateContactBody } from '#core/schemas/contacts';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import { recordActivity } from '../clients/index';
import { checkExists } from './catalogue-check';
import { contactAad } from './contact-crypto';
import { checkContactCatalogues, insertContactItems } from './contact-items';
import { getContact } from './contact-read';
import { type OutreachContext, seal } from './context';
import { editableStatuses, findShift } from './shifts';

/** The calendar day of an instant in the organisation's time zone (a contact at 00:30 belongs to that day). */
async function localDate(tx: Tx, organisationId: string, at: Date): Promise<string> {
  const org = await tx
    .selectFrom('organisations')
    .select('time_zone')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return new Intl.DateTimeFormat('en-CA', { timeZone: org.time_zone }).format(at);
}

/** Where the contact belongs: its shift (open, and the user works it) supplies the defaults. */
async function placeOf(tx: Tx, ctx: OutreachContext, input: CreateContactBody) {
  if (!input.shiftId) {
    if (!input.channel) throw fieldError('channel', 'validation.required');
    return { channel: input.channel, teamId: input.teamId ?? null, areaId: input.areaId ?? null };
  }
  const shift = await findShift(tx, ctx, input.shiftId, 'share').catch(() => {
    throw fieldError('shiftId', 'validation.invalid');
  });
  if (!(editableStatuses as readonly string[]).includes(shift.status))
    throw fieldError('shiftId', 'validation.shift_closed');
  if (ctx.scope !== 'all') {
    const member = await tx
      .selectFrom('shift_members')
      .select('user_id')
      .where('shift_id', '=', shift.id)
      .where('user_id', '=', ctx.userId)
      .executeTakeFirst();
    if (!member) throw fieldError('shiftId', 'validation.not_a_member');
  }
  return {
    channel: input.channel ?? (shift.channel as NonNullable<CreateContactBody['channel']>),
    teamId: input.teamId !== undefined ? input.teamId : shift.team_id,
    areaId: input.areaId !== undefined ? input.areaId : shift.area_id,
  };
}

/** The contact already recorded under this id, when the same worker sends it again. */
async function replayOf(tx: Tx, ctx: OutreachContext, id: string) {
  const existing = await tx.selectFrom('contacts').select(['id', 'created_by']).where('id', '=', id).executeTakeFirst();
  if (!existing) return null;
  if (existing.created_by !== ctx.userId) throw fieldError('id', 'validation.invalid');
  return { created: false, contact: await getContact(tx, ctx, existing.id, { audit: false }) };
}

/**
 * Records a contact card. The id may come from the phone that recorded it
 * offline: a second delivery of the same id by the same worker answers with the
 * record already made (`created: false`) and changes nothing.
 */
export async function recordContact(tx: Tx, ctx: OutreachContext, input: CreateContactBody) {
  if (input.id) {
    const replay = await replayOf(tx, ctx, input.id);
    if (replay) return replay;
  }
  const place = await placeOf(tx, ctx, input);
  await checkExists(tx, 'teams', place.teamId, 'teamId');
  await checkExists(tx, 'areas', place.areaId, 'areaId');
  await checkExists(tx, 'spots', input.spotId, 'spotId');
  if (input.clientId) {
    const client = await tx.selectFrom('clients').select('status').where('id', '=', input.clientId).executeTakeFirst();
    if (!client) throw fieldError('clientId', 'validation.invalid');
    if (client.status === 'merged' || client.status === 'anonymised')
      throw fieldError('clientId', 'validation.client_closed');
  }
  await checkContactCatalogues(tx, input);
  const id = input.id ?? uuidv7();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const org = ctx.actor.organisationId;
  const inserted = await tx
    .insertInto('contacts')
    .values({
      organisation_id: org,
      id,
      kind: input.kind,
      client_id: input.clientId,
      shift_id: input.shiftId,
      occurred_at: occurredAt,
      channel: place.channel,
      team_id: place.teamId,
      area_id: place.areaId,
      spot_id: input.spotId ?? null,
      worker_id: ctx.userId,
      duration_minutes: input.durationMinutes,
      topic_ids: [...new Set(input.topicIds)],
      referrals: JSON.stringify(
        input.referrals.map((r) => ({
          reasonId: r.reasonId,
          partnerName: r.partnerName ?? null,
          note: r.note ?? null,
        })),
      ),
      follow_up_what: input.followUp?.what ?? null,
      follow_up_due_on: input.followUp?.dueOn ?? null,
      notes_enc: await seal(tx, ctx, contactAad('notes_enc', id), input.notes),
      initial_situation_enc: input.initialSituation
        ? await seal(tx, ctx, contactAad('initial_situation_enc', id), JSON.stringify(input.initialSituation))
        : null,
      changes_enc: await seal(tx, ctx, contactAad('changes_enc', id), input.changes),
      head_count: input.headCount,
      breakdown: input.breakdown ? JSON.stringify(input.breakdown) : null,
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    // Two deliveries of one offline record racing: the second waits for the first, then finds it.
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const replay = await replayOf(tx, ctx, id);
    if (replay) return replay;
  }
  await insertContactItems(tx, org, id, input, { teamId: place.teamId, userId: ctx.userId });
  if (input.clientId)
    await recordActivity(tx, ctx.actor, input.clientId, 'outreach', await localDate(tx, org, occurredAt));
  const contact = await getContact(tx, ctx, id, { audit: false });
  // Last, so the organisation's audit-chain head is locked for as short a time as possible.
  await recordAudit(tx, ctx.actor, {
    action: 'contact.recorded',
    entityType: 'contact',
    entityId: id,
    ...(input.clientId ? { clientId: input.clientId } : {}),
    details: { kind: input.kind },
  });
  return { created: true, contact };
}
