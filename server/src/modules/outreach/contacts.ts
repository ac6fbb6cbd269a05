import { v7 as uuidv7 } from 'uuid';
import type { Contact, CreateContactBody } from '#core/schemas/contacts';
import { auditWrites } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError } from '../../platform/errors';
import { recordActivities } from '../clients/index';
import { type CardPlace, checkNewCard, checkReplay } from './contact-checks';
import { contactAad } from './contact-crypto';
import { factsFor, readCardFacts } from './contact-facts';
import { contactItemWrites } from './contact-items';
import { getContact, presentContactRow } from './contact-read';
import { type OutreachContext, seal } from './context';

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

/** What became of one card of a batch. */
export type CardOutcome =
  | { status: 'created'; contact: Contact }
  /** The id was recorded before by the same worker: nothing changed. */
  | { status: 'replayed'; id: string }
  | { status: 'refused'; error: AppError };

/** A card that passed its checks, about to be written. */
interface NewCard {
  index: number;
  id: string;
  input: CreateContactBody;
  place: CardPlace;
  occurredAt: Date;
}

/** A check's refusal as the card's outcome; anything else is not the card's fault and fails the batch. */
function refusal(error: unknown): CardOutcome {
  if (error instanceof AppError && error.status < 500) return { status: 'refused', error };
  throw error;
}

function replayed(ctx: OutreachContext, id: string, recordedBy: string): CardOutcome {
  try {
    checkReplay(ctx, recordedBy);
    return { status: 'replayed', id };
  } catch (error) {
    return refusal(error);
  }
}

/** The contacts row of a checked card, its texts sealed for their columns. */
async function rowOf(tx: Tx, ctx: OutreachContext, card: NewCard) {
  const { id, input, place } = card;
  const situation = input.initialSituation ? JSON.stringify(input.initialSituation) : null;
  return {
    organisation_id: ctx.actor.organisationId,
    id,
    kind: input.kind,
    client_id: input.clientId,
    shift_id: input.shiftId,
    occurred_at: card.occurredAt,
    channel: place.channel,
    team_id: place.teamId,
    area_id: place.areaId,
    spot_id: input.spotId ?? null,
    worker_id: ctx.userId,
    duration_minutes: input.durationMinutes,
    topic_ids: [...new Set(input.topicIds)],
    referrals: JSON.stringify(
      input.referrals.map((r) => ({ reasonId: r.reasonId, partnerName: r.partnerName ?? null, note: r.note ?? null })),
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
  };
}

/**
 * Records contact cards, each checked on its own: a card that breaks a rule is
 * refused (its outcome holds the reason) and the others are recorded. An id may
 * come from the phone that recorded the card offline: a second delivery of the
 * same id by the same worker is `replayed` and changes nothing.
 *
 * Written for the end of a shift, when a phone sends a whole outbox: however
 * many cards, one statement reads every fact the checks need (and locks the
 * shifts), one inserts the cards, and one writes their items, the people's
 * activity dates and the audit events (plus one opening episodes, when someone
 * is met for the first time) — each round trip waits for a core, on both sides,
 * so per card they made a long outbox take seconds.
 */
export async function recordContacts(
  tx: Tx,
  ctx: OutreachContext,
  inputs: readonly CreateContactBody[],
): Promise<CardOutcome[]> {
  const facts = await readCardFacts(tx, ctx, inputs);
  const outcomes: CardOutcome[] = new Array(inputs.length);
  const cards: NewCard[] = [];
  const ids = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const mine = factsFor(facts, input);
    // The same id twice in one batch: the second is a delivery of the first.
    if (input.id && (mine.replayBy || ids.has(input.id))) {
      outcomes[index] = replayed(ctx, input.id, mine.replayBy ?? ctx.userId);
      continue;
    }
    try {
      const place = checkNewCard(ctx, input, mine);
      const id = input.id ?? uuidv7();
      ids.add(id);
      cards.push({ index, id, input, place, occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date() });
    } catch (error) {
      outcomes[index] = refusal(error);
    }
  }
  if (cards.length === 0) return outcomes;

  const rows = [];
  // In turn: the first seal of a transaction may create the organisation's data key.
  for (const card of cards) rows.push(await rowOf(tx, ctx, card));
  const inserted = await tx
    .insertInto('contacts')
    .values(rows)
    // Two deliveries of one offline record racing: the second waits for the first, then finds it.
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .returningAll()
    .execute();
  const written = new Map(inserted.map((r) => [r.id, r]));
  const created = cards.filter((c) => written.has(c.id));
  const raced = cards.filter((c) => !written.has(c.id));
  if (raced.length > 0) {
    const by = await tx
      .selectFrom('contacts')
      .select(['id', 'created_by'])
      .where(
        'id',
        'in',
        raced.map((c) => c.id),
      )
      .execute();
    const recorder = new Map(by.map((r) => [r.id, r.created_by ?? '']));
    for (const card of raced) outcomes[card.index] = replayed(ctx, card.id, recorder.get(card.id) ?? '');
  }
  if (created.length === 0) return outcomes;

  await recordActivities(
    tx,
    ctx.actor,
    'outreach',
    created.flatMap((c) =>
      c.input.clientId ? [{ clientId: c.input.clientId, on: localDate(facts.timeZone, c.occurredAt) }] : [],
    ),
    [
      ...contactItemWrites(
        tx,
        ctx.actor.organisationId,
        created.map((c) => ({ contactId: c.id, input: c.input, teamId: c.place.teamId })),
        ctx.userId,
      ),
      auditWrites(
        tx,
        ctx.actor,
        created.map((c) => ({
          action: 'contact.recorded',
          entityType: 'contact',
          entityId: c.id,
          ...(c.input.clientId ? { clientId: c.input.clientId } : {}),
          details: { kind: c.input.kind },
        })),
      ),
    ],
  );
  for (const card of created) outcomes[card.index] = { status: 'created', contact: presentCard(card, written) };
  return outcomes;
}

/** The answer for a new card, built from what was written instead of read back. */
function presentCard(card: NewCard, written: ReadonlyMap<string, Parameters<typeof presentContactRow>[0]>): Contact {
  const { input } = card;
  const row = written.get(card.id);
  if (!row) throw new Error(`card ${card.id} was not written`);
  return {
    ...presentContactRow(
      row,
      input.services.map((s) => ({ serviceId: s.serviceId, minutes: s.minutes })),
      input.materials.map((m) => ({
        materialId: m.materialId,
        quantity: m.quantity,
        returned: m.returned,
        secondaryFor: m.secondaryFor,
      })),
    ),
    notes: input.notes ?? null,
    initialSituation: input.initialSituation ?? null,
    changes: input.changes ?? null,
  };
}

/**
 * Records one contact card (see recordContacts): throws the refusal; a card
 * sent again under its id answers with the record already made (`created: false`).
 */
export async function recordContact(tx: Tx, ctx: OutreachContext, input: CreateContactBody) {
  const [outcome] = await recordContacts(tx, ctx, [input]);
  if (!outcome) throw new Error('no outcome for the card');
  if (outcome.status === 'refused') throw outcome.error;
  if (outcome.status === 'replayed')
    return { created: false, contact: await getContact(tx, ctx, outcome.id, { audit: false }) };
  return { created: true, contact: outcome.contact };
}
