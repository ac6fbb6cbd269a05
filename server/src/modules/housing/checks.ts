import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';

/**
 * The organisation's calendar day now: placements, waits and "current" are
 * counted in days where the organisation works, not where the server runs.
 */
export async function organisationToday(tx: Tx): Promise<string> {
  const row = await tx
    .selectFrom('organisations')
    .select(sql<string>`(now() AT TIME ZONE time_zone)::date::text`.as('today'))
    .executeTakeFirstOrThrow();
  return row.today;
}

/** A site named in the path: another organisation's, or none, is not found. */
export async function requireSite(tx: Tx, siteId: string) {
  const site = await tx
    .selectFrom('sites')
    .select(['id', 'active', 'capacity_beds'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  if (!site) throw notFound();
  return site;
}

/** The person a placement or a wait is for: one of the organisation's, and not merged or anonymised. */
export async function requireOpenClient(tx: Tx, clientId: string): Promise<void> {
  const client = await tx.selectFrom('clients').select('status').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw fieldError('clientId', 'validation.invalid');
  if (client.status === 'merged' || client.status === 'anonymised')
    throw fieldError('clientId', 'validation.client_closed');
}
