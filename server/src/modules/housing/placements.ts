import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { PlacementOutcome } from '#core/schemas/housing';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { recordActivity } from '../clients/index';
import { organisationToday, requireOpenClient } from './checks';
import { getPlacement } from './placement-read';
import { markPlaced } from './waiting-list';

interface NewStay {
  clientId: string;
  unitId: string;
  startOn: string;
  plannedEndOn: string | null;
  movedFromId: string | null;
}

/**
 * Inserts a stay. The unit must be in use at an open site; its row is share-
 * locked so that taking it out of use waits for this booking (units.ts). Whether
 * the unit and the person are free for those days is decided by the exclusion
 * constraints alone — the one check two simultaneous bookings cannot both pass
 * (decision 014); a violation answers 409 through platform/db/refusals.ts.
 * A person waiting for the site stops waiting, and the stay is work with them
 * in the housing programme from the day it starts.
 */
async function insertStay(tx: Tx, actor: AuditActor, today: string, stay: NewStay) {
  const unit = await tx
    .selectFrom('housing_units as u')
    .innerJoin('sites as s', (j) =>
      j.onRef('s.organisation_id', '=', 'u.organisation_id').onRef('s.id', '=', 'u.site_id'),
    )
    .select(['u.site_id', 'u.active', 's.active as site_active'])
    .where('u.id', '=', stay.unitId)
    .forShare('u')
    .executeTakeFirst();
  if (!unit?.active || !unit.site_active) throw fieldError('unitId', 'validation.unit_unavailable');
  const id = uuidv7();
  await tx
    .insertInto('housing_placements')
    .values({
      organisation_id: actor.organisationId,
      id,
      client_id: stay.clientId,
      site_id: unit.site_id,
      unit_id: stay.unitId,
      start_on: stay.startOn,
      planned_end_on: stay.plannedEndOn,
      moved_from_id: stay.movedFromId,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  const wasWaiting = await markPlaced(tx, actor, {
    clientId: stay.clientId,
    siteId: unit.site_id,
    placementId: id,
    today,
  });
  // A booking for later is not work with the person yet.
  if (stay.startOn <= today) await recordActivity(tx, actor, stay.clientId, 'housing', stay.startOn);
  return { id, siteId: unit.site_id, wasWaiting };
}

/** Places a person into a bed or room from a day, optionally until a planned day. */
export async function createPlacement(
  tx: Tx,
  actor: AuditActor,
  input: { clientId: string; unitId: string; startOn: string; plannedEndOn: string | null },
) {
  await requireOpenClient(tx, input.clientId);
  const today = await organisationToday(tx);
  const stay = await insertStay(tx, actor, today, { ...input, movedFromId: null });
  await recordAudit(tx, actor, {
    action: 'placement.created',
    entityType: 'housing_placement',
    entityId: stay.id,
    clientId: input.clientId,
    details: { siteId: stay.siteId, unitId: input.unitId, fromWaitingList: stay.wasWaiting },
  });
  return getPlacement(tx, stay.id, today);
}

/** A stay to change, locked; one already ended is history and stays as it is. */
async function lockOpenStay(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('housing_placements')
    .select(['id', 'client_id', 'unit_id', 'start_on', 'planned_end_on', 'end_on'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.end_on !== null) throw new AppError('conflict', { id: 'validation.placement_ended' });
  return row;
}

/** Sets or clears the planned end of a stay that has not ended. */
export async function updatePlacement(tx: Tx, actor: AuditActor, id: string, input: { plannedEndOn: string | null }) {
  const stay = await lockOpenStay(tx, id);
  if (input.plannedEndOn !== null && input.plannedEndOn < stay.start_on)
    throw fieldError('plannedEndOn', 'validation.placement_dates');
  await tx
    .updateTable('housing_placements')
    .set({ planned_end_on: input.plannedEndOn, updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'placement.updated',
    entityType: 'housing_placement',
    entityId: id,
    clientId: stay.client_id,
    details: { fields: ['plannedEndOn'] },
  });
  return getPlacement(tx, id);
}

/** Ends a stay: the unit is free from `endOn` (the day the person left). */
export async function endPlacement(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: { endOn: string; outcome: Exclude<PlacementOutcome, 'moved'> },
) {
  const stay = await lockOpenStay(tx, id);
  if (input.endOn < stay.start_on) throw fieldError('endOn', 'validation.placement_dates');
  await tx
    .updateTable('housing_placements')
    .set({ end_on: input.endOn, outcome: input.outcome, updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .execute();
  const today = await organisationToday(tx);
  if (input.endOn <= today && input.outcome !== 'did_not_arrive')
    await recordActivity(tx, actor, stay.client_id, 'housing', input.endOn);
  await recordAudit(tx, actor, {
    action: 'placement.ended',
    entityType: 'housing_placement',
    entityId: id,
    clientId: stay.client_id,
    details: { outcome: input.outcome },
  });
  return getPlacement(tx, id, today);
}

/**
 * Moves a stay to another bed or room (of any site) from a day: this stay ends
 * that day as `moved` and a new one, continuing it, starts there the same day,
 * with the same planned end when it still fits. One transaction: the person is
 * never in both, or in neither.
 */
export async function movePlacement(tx: Tx, actor: AuditActor, id: string, input: { unitId: string; on: string }) {
  const stay = await lockOpenStay(tx, id);
  if (input.unitId === stay.unit_id) throw fieldError('unitId', 'validation.move_same_unit');
  if (input.on < stay.start_on) throw fieldError('on', 'validation.placement_dates');
  await tx
    .updateTable('housing_placements')
    .set({ end_on: input.on, outcome: 'moved', updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .execute();
  const today = await organisationToday(tx);
  const plannedEndOn = stay.planned_end_on && stay.planned_end_on >= input.on ? stay.planned_end_on : null;
  const next = await insertStay(tx, actor, today, {
    clientId: stay.client_id,
    unitId: input.unitId,
    startOn: input.on,
    plannedEndOn,
    movedFromId: id,
  });
  await recordAudit(tx, actor, {
    action: 'placement.moved',
    entityType: 'housing_placement',
    entityId: next.id,
    clientId: stay.client_id,
    details: { fromPlacementId: id, siteId: next.siteId, unitId: input.unitId },
  });
  return { ended: await getPlacement(tx, id, today), started: await getPlacement(tx, next.id, today) };
}
