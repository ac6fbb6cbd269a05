import { sql } from 'kysely';
import type { ClientEditField, FeedEntity } from '#core/schemas/sync';
import type { Tx } from '../../platform/db/tenancy';
import { type OutreachContext, visibleContact, visibleShift } from '../outreach/index';
import './client-edit-tables';

/** One record as the phone mirrors it: its current state, or gone (deleted, closed, or out of the reader's scope). */
export type FeedRecord =
  | { entity: FeedEntity; id: string; deleted: false; data: Record<string, unknown> }
  | { entity: FeedEntity; id: string; deleted: true };

/** Who reads the feed: the user, and their outreach scope when their role works shifts (reception's does not). */
export interface FeedReader {
  userId: string;
  outreach: OutreachContext | null;
  /** Whether the reader works on support plans (plans.manage): only then does the phone hold plan steps. */
  plans: boolean;
}

type Loader = (tx: Tx, reader: FeedReader, ids: string[]) => Promise<Map<string, Record<string, unknown>>>;

const byId = <T extends { id: string }>(rows: T[], shape: (r: T) => Record<string, unknown>) =>
  new Map(rows.map((r) => [r.id, shape(r)]));

/**
 * Open follow-ups per person, as far as the reader's outreach scope sees the
 * cards that set them (none for roles without one): how many, and the next
 * due date — never what they say.
 */
async function openFollowUps(tx: Tx, reader: FeedReader, clientIds: string[]) {
  const found = new Map<string, { count: number; next: string }>();
  if (!reader.outreach || clientIds.length === 0) return found;
  const rows = await tx
    .selectFrom('contacts')
    .select([
      'client_id',
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string>`min(follow_up_due_on)::text`.as('next'),
    ])
    .where('client_id', 'in', clientIds)
    .where('follow_up_due_on', 'is not', null)
    .where('follow_up_done_at', 'is', null)
    .where(visibleContact(reader.outreach))
    .groupBy('client_id')
    .execute();
  for (const r of rows) if (r.client_id) found.set(r.client_id, { count: Number(r.n), next: r.next });
  return found;
}

/**
 * What the phone holds of each entity (offline-sync.md "What the phone holds"):
 * the client index is pseudonym, target groups, status, last activity, open
 * follow-ups (how many, the next date) and the stamps of the editable fields —
 * never identity, notes or codes. A record
 * left out here reaches the phone as deleted, so it drops it.
 */
export const feedLoaders: Record<FeedEntity, Loader> = {
  // With the stamp of each editable field's value (client_field_stamps, decision 012), so
  // a phone's edit names the value it replaces as its `base`. A stamp only changes with
  // an UPDATE of the client's row, whose change trigger puts the client in the feed.
  client: async (tx, reader, ids) => {
    const rows = await tx
      .selectFrom('clients as c')
      .select([
        'c.id',
        'c.pseudonym',
        'c.target_group_ids',
        'c.status',
        (eb) =>
          eb
            .selectFrom('enrollments as e')
            .select(sql<string | null>`max(e.last_activity_on)::text`.as('last'))
            .whereRef('e.client_id', '=', 'c.id')
            .as('last_activity_on'),
      ])
      .where('c.id', 'in', ids)
      .where('c.status', 'not in', ['merged', 'anonymised'])
      .execute();
    const stamps = new Map<string, Partial<Record<ClientEditField, string>>>();
    if (rows.length) {
      const found = await tx
        .selectFrom('client_field_stamps')
        .select(['client_id', 'field', 'hlc'])
        .where(
          'client_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      for (const s of found) {
        const held = stamps.get(s.client_id) ?? {};
        held[s.field as ClientEditField] = s.hlc;
        stamps.set(s.client_id, held);
      }
    }
    const followUps = await openFollowUps(
      tx,
      reader,
      rows.map((r) => r.id),
    );
    return byId(rows, (r) => ({
      pseudonym: r.pseudonym,
      targetGroupIds: r.target_group_ids,
      status: r.status,
      lastActivityOn: r.last_activity_on,
      openFollowUps: followUps.get(r.id)?.count ?? 0,
      nextFollowUpOn: followUps.get(r.id)?.next ?? null,
      stamps: stamps.get(r.id) ?? {},
    }));
  },
  catalogue_item: async (tx, _ctx, ids) =>
    byId(
      await tx
        .selectFrom('catalogue_items')
        .select(['id', 'kind', 'key', 'labels', 'unit', 'active', 'sort_order'])
        .where('id', 'in', ids)
        .execute(),
      (r) => ({ kind: r.kind, key: r.key, labels: r.labels, unit: r.unit, active: r.active, sortOrder: r.sort_order }),
    ),
  area: async (tx, _ctx, ids) =>
    byId(await tx.selectFrom('areas').select(['id', 'name', 'active']).where('id', 'in', ids).execute(), (r) => ({
      name: r.name,
      active: r.active,
    })),
  // Where reception checks people in: never the address (a women's shelter's is confidential).
  site: async (tx, _ctx, ids) =>
    byId(
      await tx
        .selectFrom('sites')
        .select(['id', 'name', 'type', 'capacity_places', 'capacity_beds', 'active'])
        .where('id', 'in', ids)
        .execute(),
      (r) => ({
        name: r.name,
        type: r.type,
        capacityPlaces: r.capacity_places,
        capacityBeds: r.capacity_beds,
        active: r.active,
      }),
    ),
  // The directory a referral is made to offline: names, never places or the cooperation procedure.
  partner: async (tx, _ctx, ids) =>
    byId(await tx.selectFrom('partners').select(['id', 'name', 'active']).where('id', 'in', ids).execute(), (r) => ({
      name: r.name,
      active: r.active,
    })),
  partner_service: async (tx, _ctx, ids) =>
    byId(
      await tx
        .selectFrom('partner_services')
        .select(['id', 'partner_id', 'name', 'status', 'service_types', 'target_groups'])
        .where('id', 'in', ids)
        .execute(),
      (r) => ({
        partnerId: r.partner_id,
        name: r.name,
        status: r.status,
        serviceTypes: r.service_types,
        targetGroups: r.target_groups,
      }),
    ),
  // Steps to tick off in the field: of open goals of a person's plan in work, the
  // reader's own and the person's — never another worker's, the goal's sealed
  // description or a review.
  plan_step: async (tx, reader, ids) => {
    if (!reader.plans) return new Map();
    const rows = await tx
      .selectFrom('plan_steps as s')
      .innerJoin('plan_goals as g', 'g.id', 's.goal_id')
      .innerJoin('support_plans as p', 'p.id', 'g.plan_id')
      .innerJoin('clients as c', 'c.id', 'p.client_id')
      .select([
        's.id',
        's.title',
        's.due_on',
        's.done_on',
        's.owner_user_id',
        's.position',
        'g.domain',
        'g.position as goal_position',
        'g.id as goal_id',
        'p.id as plan_id',
        'p.client_id',
      ])
      .where('s.id', 'in', ids)
      .where('p.status', '=', 'active')
      .where('g.status', '=', 'open')
      .where('c.status', 'not in', ['merged', 'anonymised'])
      .where((eb) => eb.or([eb('s.owner_user_id', 'is', null), eb('s.owner_user_id', '=', reader.userId)]))
      .execute();
    return byId(rows, (r) => ({
      clientId: r.client_id,
      planId: r.plan_id,
      goalId: r.goal_id,
      domain: r.domain,
      goalPosition: r.goal_position,
      position: r.position,
      title: r.title,
      dueOn: r.due_on,
      doneOn: r.done_on,
      ownerUserId: r.owner_user_id,
    }));
  },
  spot: async (tx, _ctx, ids) =>
    byId(
      await tx.selectFrom('spots').select(['id', 'area_id', 'name', 'kind', 'active']).where('id', 'in', ids).execute(),
      (r) => ({ areaId: r.area_id, name: r.name, kind: r.kind, active: r.active }),
    ),
  // The user's own teams.
  team: async (tx, reader, ids) =>
    byId(
      await tx
        .selectFrom('teams as t')
        .select(['t.id', 't.name', 't.active'])
        .where('t.id', 'in', ids)
        .where('t.id', 'in', tx.selectFrom('team_members').select('team_id').where('user_id', '=', reader.userId))
        .execute(),
      (r) => ({ name: r.name, active: r.active }),
    ),
  // Shifts still to be worked, in the user's scope, as the shift API shows them
  // but without the narrative (notes stay on the server); a submitted one leaves the phone.
  shift: async (tx, reader, ids) => {
    const ctx = reader.outreach;
    if (!ctx) return new Map();
    const rows = await tx
      .selectFrom('shifts')
      .selectAll('shifts')
      .select((eb) =>
        eb
          .selectFrom('shift_members as m')
          .select(sql<string[]>`coalesce(array_agg(m.user_id ORDER BY m.user_id), '{}')`.as('ids'))
          .whereRef('m.shift_id', '=', 'shifts.id')
          .as('member_ids'),
      )
      .where('shifts.id', 'in', ids)
      .where('shifts.status', 'in', ['planned', 'open', 'returned'])
      .where(visibleShift(ctx))
      .execute();
    return byId(rows, (r) => ({
      teamId: r.team_id,
      date: r.shift_on,
      plannedStart: r.planned_start.slice(0, 5),
      plannedEnd: r.planned_end.slice(0, 5),
      actualStart: r.actual_start?.toISOString() ?? null,
      actualEnd: r.actual_end?.toISOString() ?? null,
      channel: r.channel,
      areaId: r.area_id,
      spotIds: r.spot_ids,
      memberIds: r.member_ids ?? [],
      status: r.status,
      narrative: null,
      incidentCount: r.incident_count,
      reviewComment: r.review_comment,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      reviewedAt: r.reviewed_at?.toISOString() ?? null,
      reviewedBy: r.reviewed_by,
      createdBy: r.created_by,
    }));
  },
};
