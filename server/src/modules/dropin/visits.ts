import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CheckInBody, Visit } from '#core/schemas/visits';
import { auditWrite } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { recordActivities } from '../clients/index';
import { type DropinContext, localDate } from './context';
import { checkServices, lockPerson, readVisitFacts, type VisitFacts } from './visit-facts';
import { presentVisits, visitRows } from './visit-read';

/** A person still in at the same site since less than a day: a second check-in is a double tap. */
const sameStayMs = 24 * 3_600_000;

function checkCheckIn(input: CheckInBody, facts: VisitFacts, at: Date) {
  if (!facts.site) throw fieldError('siteId', 'validation.invalid');
  if (!facts.site.active) throw fieldError('siteId', 'validation.site_inactive');
  if (input.clientId) {
    if (!facts.clientStatus) throw fieldError('clientId', 'validation.invalid');
    if (facts.clientStatus === 'merged' || facts.clientStatus === 'anonymised')
      throw fieldError('clientId', 'validation.client_closed');
    const here = facts.openVisits.find(
      (v) => v.siteId === input.siteId && at.getTime() - Date.parse(v.checkedInAt) < sameStayMs,
    );
    if (here) throw new AppError('conflict', { clientId: 'validation.already_checked_in' });
  }
  checkServices(
    facts,
    input.services.map((s) => s.serviceId),
  );
}

function serviceRows(ctx: DropinContext, visitId: string, services: CheckInBody['services'], at: Date) {
  return services.map((s) => ({
    organisation_id: ctx.actor.organisationId,
    id: uuidv7(),
    visit_id: visitId,
    service_id: s.serviceId,
    quantity: s.quantity,
    recorded_at: at,
    recorded_by: ctx.userId,
  }));
}

async function visitById(tx: Tx, id: string): Promise<Visit | undefined> {
  const row = await visitRows(tx).where('visits.id', '=', id).executeTakeFirst();
  return row ? (await presentVisits(tx, [row]))[0] : undefined;
}

/**
 * The visit already recorded under an id sent again (an offline check-in
 * delivered twice): the same desk user's answers with it; anyone else's id
 * is refused, as a contact card's is.
 */
async function replayOf(tx: Tx, ctx: DropinContext, id: string): Promise<Visit | undefined> {
  const row = await tx.selectFrom('visits').select('created_by').where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  if (row.created_by !== ctx.userId) throw fieldError('id', 'validation.invalid');
  return visitById(tx, id);
}

/**
 * Checks a person (or an anonymous head count) in at a site, with the services
 * used so far. A person is in one place at a time: a visit they left open
 * elsewhere (or here, from an earlier day) is checked out as this one starts;
 * checking in again where they are already in is refused. An id made offline
 * and delivered again answers with the visit already recorded (`created: false`).
 */
export async function checkIn(tx: Tx, ctx: DropinContext, input: CheckInBody) {
  const at = input.checkedInAt ? new Date(input.checkedInAt) : new Date();
  if (input.id) {
    const existing = await replayOf(tx, ctx, input.id);
    if (existing) return { created: false, visit: existing };
  }
  if (input.clientId) await lockPerson(tx, input.clientId);
  const facts = await readVisitFacts(tx, ctx.actor.organisationId, {
    siteId: input.siteId,
    clientId: input.clientId,
    serviceIds: input.services.map((s) => s.serviceId),
  });
  checkCheckIn(input, facts, at);
  const id = input.id ?? uuidv7();
  const day = localDate(facts.timeZone, at);
  const org = ctx.actor.organisationId;
  const inserted = await tx
    .insertInto('visits')
    .values({
      organisation_id: org,
      id,
      site_id: input.siteId,
      client_id: input.clientId,
      head_count: input.headCount,
      visit_on: day,
      checked_in_at: at,
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  // Two deliveries of one offline check-in racing: the second waited for the first and finds it.
  if (!inserted) return { created: false, visit: (await replayOf(tx, ctx, id)) as Visit };
  const left = facts.openVisits.map((v) => v.id);
  const services = serviceRows(ctx, id, input.services, at);
  await recordActivities(tx, ctx.actor, 'drop_in', input.clientId ? [{ clientId: input.clientId, on: day }] : [], [
    ...(services.length ? [tx.insertInto('visit_services').values(services)] : []),
    ...(left.length
      ? [
          tx
            .updateTable('visits')
            .set({
              checked_out_at: sql`GREATEST(checked_in_at, ${at})`,
              checked_out_by: ctx.userId,
              updated_at: sql`now()`,
              updated_by: ctx.userId,
            })
            .where('id', 'in', left)
            .where('checked_out_at', 'is', null),
        ]
      : []),
    auditWrite(tx, ctx.actor, {
      action: 'visit.checked_in',
      entityType: 'visit',
      entityId: id,
      ...(input.clientId ? { clientId: input.clientId } : {}),
      details: { siteId: input.siteId, headCount: input.headCount, closedElsewhere: left.length },
    }),
  ]);
  // The answer is what was just written: reading it back would cost two statements a check-in.
  const visit: Visit = {
    id,
    siteId: input.siteId,
    clientId: input.clientId,
    pseudonym: facts.pseudonym,
    headCount: input.headCount,
    visitOn: day,
    checkedInAt: at.toISOString(),
    checkedOutAt: null,
    services: services.map((s) => ({ serviceId: s.service_id, quantity: s.quantity, recordedAt: at.toISOString() })),
  };
  return { created: true, visit };
}

/** Adds services used during a visit that is still open. */
export async function addVisitServices(
  tx: Tx,
  ctx: DropinContext,
  visitId: string,
  services: CheckInBody['services'],
): Promise<Visit> {
  const visit = await tx
    .selectFrom('visits')
    .select(['id', 'client_id', 'checked_out_at'])
    .where('id', '=', visitId)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!visit) throw notFound();
  if (visit.checked_out_at) throw fieldError('services', 'validation.visit_closed');
  const facts = await readVisitFacts(tx, ctx.actor.organisationId, {
    siteId: null,
    clientId: null,
    serviceIds: services.map((s) => s.serviceId),
  });
  checkServices(
    facts,
    services.map((s) => s.serviceId),
  );
  const at = new Date();
  await tx
    .insertInto('visit_services')
    .values(serviceRows(ctx, visitId, services, at))
    .execute();
  await auditWrite(tx, ctx.actor, {
    action: 'visit.services_added',
    entityType: 'visit',
    entityId: visitId,
    ...(visit.client_id ? { clientId: visit.client_id } : {}),
    details: { services: services.length },
  }).execute();
  return (await visitById(tx, visitId)) as Visit;
}

/** Checks a visit out; a visit already checked out stays as it was (a second tap, an offline replay). */
export async function checkOut(tx: Tx, ctx: DropinContext, visitId: string, input: { checkedOutAt?: string }) {
  const at = input.checkedOutAt ? new Date(input.checkedOutAt) : new Date();
  const row = await tx
    .updateTable('visits')
    .set({
      checked_out_at: sql`GREATEST(checked_in_at, ${at})`,
      checked_out_by: ctx.userId,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', visitId)
    .where('checked_out_at', 'is', null)
    .returning(['id', 'client_id'])
    .executeTakeFirst();
  if (row)
    await auditWrite(tx, ctx.actor, {
      action: 'visit.checked_out',
      entityType: 'visit',
      entityId: visitId,
      ...(row.client_id ? { clientId: row.client_id } : {}),
    }).execute();
  const visit = await visitById(tx, visitId);
  if (!visit) throw notFound();
  return visit;
}
