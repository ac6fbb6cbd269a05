import { v7 as uuidv7 } from 'uuid';
import type { CreateContactBody } from '#core/schemas/contacts';
import { auditWrite } from '../../platform/audit/record';
import { writeTogether } from '../../platform/db/batch';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import { activityWrites, openEpisode } from '../clients/index';
import { contactAad } from './contact-crypto';
import { type ContactFacts, checkCardCatalogues, readContactFacts } from './contact-facts';
import { contactItemWrites } from './contact-items';
import { getContact, presentContactRow } from './contact-read';
import { type OutreachContext, seal } from './context';
import { editableStatuses } from './shifts';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in the organisation's time zone (a contact at 00:30 belongs to that day). */
function localDate(timeZone: string, at: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Building a formatter costs more than the rest of the request's JavaScript: keep one per zone.
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** Where the contact belongs: its shift (open, and the user works it) supplies the defaults. */
function placeOf(ctx: OutreachContext, input: CreateContactBody, shift: ContactFacts['shift']) {
  if (!input.shiftId) {
    if (!input.channel) throw fieldError('channel', 'validation.required');
    return { channel: input.channel, teamId: input.teamId ?? null, areaId: input.areaId ?? null };
  }
  if (!shift) throw fieldError('shiftId', 'validation.invalid');
  if (!(editableStatuses as readonly string[]).includes(shift.status))
    throw fieldError('shiftId', 'validation.shift_closed');
  if (ctx.scope !== 'all' && !shift.member) throw fieldError('shiftId', 'validation.not_a_member');
  return {
    channel: input.channel ?? (shift.channel as NonNullable<CreateContactBody['channel']>),
    teamId: input.teamId !== undefined ? input.teamId : shift.teamId,
    areaId: input.areaId !== undefined ? input.areaId : shift.areaId,
  };
}

/** Team, area and spot named in the body must exist; the shift's own are valid by its foreign keys. */
function checkPlace(input: CreateContactBody, found: ContactFacts['found']) {
  for (const field of ['teamId', 'areaId', 'spotId'] as const) {
    if (input[field] && !found[field]) throw fieldError(field, 'validation.invalid');
  }
}

/** The contact already recorded under this id, when the same worker sends it again. */
async function replayOf(tx: Tx, ctx: OutreachContext, id: string, recordedBy: string) {
  if (recordedBy !== ctx.userId) throw fieldError('id', 'validation.invalid');
  return { created: false, contact: await getContact(tx, ctx, id, { audit: false }) };
}

/**
 * Records a contact card. The id may come from the phone that recorded it
 * offline: a second delivery of the same id by the same worker answers with the
 * record already made (`created: false`) and changes nothing.
 *
 * Written for the end of a shift, when a whole team sends its cards at once:
 * one statement reads every fact the checks need (and locks the shift), the card's items, the
 * person's activity dates and the audit event go in one statement, and the
 * answer is built from what was written instead of read back — under load
 * each round trip waits for a core, on both sides.
 */
export async function recordContact(tx: Tx, ctx: OutreachContext, input: CreateContactBody) {
  const org = ctx.actor.organisationId;
  const facts = await readContactFacts(tx, ctx, input.id, input);
  if (input.id && facts.replayBy) return replayOf(tx, ctx, input.id, facts.replayBy);
  const place = placeOf(ctx, input, facts.shift);
  checkPlace(input, facts.found);
  if (input.clientId) {
    if (!facts.clientStatus) throw fieldError('clientId', 'validation.invalid');
    if (facts.clientStatus === 'merged' || facts.clientStatus === 'anonymised')
      throw fieldError('clientId', 'validation.client_closed');
  }
  checkCardCatalogues(facts.items, input);
  const id = input.id ?? uuidv7();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const situation = input.initialSituation ? JSON.stringify(input.initialSituation) : null;
  const row = await tx
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
      initial_situation_enc: situation ? await seal(tx, ctx, contactAad('initial_situation_enc', id), situation) : null,
      changes_enc: await seal(tx, ctx, contactAad('changes_enc', id), input.changes),
      head_count: input.headCount,
      breakdown: input.breakdown ? JSON.stringify(input.breakdown) : null,
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    // Two deliveries of one offline record racing: the second waits for the first, then finds it.
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const existing = await tx
      .selectFrom('contacts')
      .select('created_by')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return replayOf(tx, ctx, id, existing.created_by ?? '');
  }
  const day = localDate(facts.timeZone, occurredAt);
  const activity = input.clientId ? activityWrites(tx, input.clientId, 'outreach', day) : null;
  const after = await writeTogether(
    tx,
    [
      ...contactItemWrites(tx, org, id, input, { teamId: place.teamId, userId: ctx.userId }),
      ...(activity?.writes ?? []),
      auditWrite(tx, ctx.actor, {
        action: 'contact.recorded',
        entityType: 'contact',
        entityId: id,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        details: { kind: input.kind },
      }),
    ],
    activity?.openEpisode,
  );
  if (input.clientId && !after?.open) await openEpisode(tx, ctx.actor, input.clientId, 'outreach', day);
  const contact = presentContactRow(
    row,
    input.services.map((s) => ({ serviceId: s.serviceId, minutes: s.minutes })),
    input.materials.map((m) => ({
      materialId: m.materialId,
      quantity: m.quantity,
      returned: m.returned,
      secondaryFor: m.secondaryFor,
    })),
  );
  return {
    created: true,
    contact: {
      ...contact,
      notes: input.notes ?? null,
      initialSituation: input.initialSituation ?? null,
      changes: input.changes ?? null,
    },
  };
}
