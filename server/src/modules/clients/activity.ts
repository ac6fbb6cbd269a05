import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Programme } from '#core/schemas/enrollments';
import type { AuditActor } from '../../platform/audit/record';
import { type PendingWrite, writeTogether } from '../../platform/db/batch';
import type { Tx } from '../../platform/db/tenancy';

/** A day of work with a person in a programme (a contact card, a visit, an appointment). */
export interface Activity {
  clientId: string;
  /** The organisation's calendar day, YYYY-MM-DD. */
  on: string;
}

/** Per person, the first and the last day among the activities: what their dates move to. */
interface Span {
  clientId: string;
  first: string;
  last: string;
}

function spansOf(activities: readonly Activity[]): Span[] {
  const spans = new Map<string, Span>();
  for (const { clientId, on } of activities) {
    const span = spans.get(clientId);
    if (!span) spans.set(clientId, { clientId, first: on, last: on });
    else {
      if (on < span.first) span.first = on;
      if (on > span.last) span.last = on;
    }
  }
  return [...spans.values()];
}

/** The spans as a table `v (id, first, last)` to join the people's rows with. */
function spanTable(spans: readonly Span[]) {
  return sql<{ id: string; first: string; last: string }>`(SELECT * FROM unnest(
      ${spans.map((s) => s.clientId)}::uuid[], ${spans.map((s) => s.first)}::date[], ${spans.map((s) => s.last)}::date[]
    ) AS t(id, first, last))`.as('v');
}

/**
 * Work with some people, as writes that match only when a date really moves (so
 * an unchanged row is neither rewritten nor locked): the person's first-contact
 * date, the open episode's last-activity date forward and its start back (never
 * the other way: a card recorded late for an earlier day changes nothing); plus
 * the query naming the people who have no open episode in the programme yet.
 * Each person's row is written once however many activities name them. Modules
 * that record work run these in their own statement (see writeTogether) and
 * pass the people without an episode to `openEpisodes`.
 */
export function activityWrites(tx: Tx, programme: Programme, activities: readonly Activity[]) {
  const spans = spansOf(activities);
  const writes: PendingWrite[] = [
    tx
      .updateTable('clients')
      .from(spanTable(spans))
      .set({ first_contact_on: sql`v.first` })
      .whereRef('clients.id', '=', 'v.id')
      .where((eb) =>
        eb.or([eb('clients.first_contact_on', 'is', null), eb('clients.first_contact_on', '>', eb.ref('v.first'))]),
      ),
    tx
      .updateTable('enrollments')
      .from(spanTable(spans))
      .set({
        last_activity_on: sql`GREATEST(enrollments.last_activity_on, v.last)`,
        start_on: sql`LEAST(enrollments.start_on, v.first)`,
      })
      .whereRef('enrollments.client_id', '=', 'v.id')
      .where('enrollments.programme', '=', programme)
      .where('enrollments.exit_on', 'is', null)
      .where((eb) =>
        eb.or([
          eb('enrollments.last_activity_on', '<', eb.ref('v.last')),
          eb('enrollments.start_on', '>', eb.ref('v.first')),
        ]),
      ),
  ];
  const withoutEpisode = tx
    .selectFrom(spanTable(spans))
    .select(sql<string[]>`coalesce(array_agg(v.id), '{}')`.as('without_episode'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('enrollments')
            .select('enrollments.id')
            .whereRef('enrollments.client_id', '=', 'v.id')
            .where('enrollments.programme', '=', programme)
            .where('enrollments.exit_on', 'is', null),
        ),
      ),
    );
  return { spans, writes, withoutEpisode };
}

/**
 * Opens the episode of each person named, from their first to their last day; a
 * concurrent first contact ends in the same row (the open episode is unique).
 */
export async function openEpisodes(
  tx: Tx,
  actor: AuditActor,
  programme: Programme,
  spans: readonly Span[],
): Promise<void> {
  if (spans.length === 0) return;
  await tx
    .insertInto('enrollments')
    .values(
      spans.map((s) => ({
        organisation_id: actor.organisationId,
        id: uuidv7(),
        client_id: s.clientId,
        programme,
        start_on: s.first,
        last_activity_on: s.last,
        created_by: actor.userId,
        updated_by: actor.userId,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'client_id', 'programme']).where('exit_on', 'is', null).doUpdateSet({
        last_activity_on: sql`GREATEST(enrollments.last_activity_on, excluded.last_activity_on)`,
        start_on: sql`LEAST(enrollments.start_on, excluded.start_on)`,
      }),
    )
    .execute();
}

/**
 * Records work with people in a programme, in two statements at most: opens the
 * episode at a person's first activity, or moves its dates (see activityWrites),
 * and fills the first-contact date. `also` are the caller's own writes of the
 * same change, sent in the same statement.
 */
export async function recordActivities(
  tx: Tx,
  actor: AuditActor,
  programme: Programme,
  activities: readonly Activity[],
  also: readonly PendingWrite[] = [],
): Promise<void> {
  if (activities.length === 0) {
    await writeTogether(tx, also);
    return;
  }
  const activity = activityWrites(tx, programme, activities);
  const found = await writeTogether(tx, [...also, ...activity.writes], activity.withoutEpisode);
  const missing = new Set(found?.without_episode ?? []);
  await openEpisodes(
    tx,
    actor,
    programme,
    activity.spans.filter((s) => missing.has(s.clientId)),
  );
}

/** One person's activity on one day (see recordActivities). */
export function recordActivity(tx: Tx, actor: AuditActor, clientId: string, programme: Programme, on: string) {
  return recordActivities(tx, actor, programme, [{ clientId, on }]);
}
