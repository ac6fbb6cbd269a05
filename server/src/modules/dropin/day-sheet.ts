import type { z } from 'zod';
import type { daySheet } from '#core/schemas/visits';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { type DropinContext, localDate } from './context';
import { auditPeopleRead, presentVisits, visitRows } from './visit-read';

const dayMs = 86_400_000;

/** The organisation's time zone, for "today". */
export async function timeZoneOf(tx: Tx, organisationId: string): Promise<string> {
  const row = await tx
    .selectFrom('organisations')
    .select('time_zone')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.time_zone ?? 'UTC';
}

/**
 * A site's day at the reception desk: every check-in of the day (the
 * organisation's day, today unless asked), who is still in, and the totals —
 * plus visits from earlier days still open, so the desk can check them out.
 */
export async function readDaySheet(
  tx: Tx,
  ctx: DropinContext,
  query: { siteId: string; date?: string | undefined },
): Promise<z.infer<typeof daySheet>> {
  const site = await tx.selectFrom('sites').select('id').where('id', '=', query.siteId).executeTakeFirst();
  if (!site) throw notFound();
  const date = query.date ?? localDate(await timeZoneOf(tx, ctx.actor.organisationId), new Date());
  const rows = await visitRows(tx)
    .where('visits.site_id', '=', query.siteId)
    .where((eb) =>
      eb.or([
        eb('visits.visit_on', '=', date),
        eb.and([eb('visits.checked_out_at', 'is', null), eb('visits.visit_on', '<', date)]),
      ]),
    )
    .orderBy('visits.checked_in_at', 'desc')
    .limit(2000)
    .execute();
  const items = await presentVisits(tx, rows);
  await auditPeopleRead(
    tx,
    ctx.actor,
    items.map((v) => v.clientId),
    'day_sheet',
  );
  const ofDay = items.filter((v) => v.visitOn === date);
  const services = new Map<string, number>();
  for (const v of ofDay)
    for (const s of v.services) services.set(s.serviceId, (services.get(s.serviceId) ?? 0) + s.quantity);
  return {
    siteId: query.siteId,
    date,
    items,
    totals: {
      visits: ofDay.length,
      people: new Set(ofDay.flatMap((v) => (v.clientId ? [v.clientId] : []))).size,
      anonymous: ofDay.filter((v) => !v.clientId).reduce((n, v) => n + v.headCount, 0),
      // As the occupancy counts them: still in, and checked in within the last day (an older open
      // visit was forgotten at the desk; it is listed so someone checks it out).
      present: items
        .filter((v) => !v.checkedOutAt && Date.now() - Date.parse(v.checkedInAt) < dayMs)
        .reduce((n, v) => n + v.headCount, 0),
      services: [...services].map(([serviceId, quantity]) => ({ serviceId, quantity })),
    },
  };
}

/** A person's visits, newest first (their page); a read of the person. */
export async function listClientVisits(tx: Tx, ctx: DropinContext, clientId: string, limit: number) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await visitRows(tx)
    .where('visits.client_id', '=', clientId)
    .orderBy('visits.checked_in_at', 'desc')
    .limit(limit)
    .execute();
  const items = await presentVisits(tx, rows);
  await auditPeopleRead(tx, ctx.actor, [clientId], 'visits');
  return { items };
}
