import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import './tables';

/** What a check-in (or adding services) must know before it writes, read in one statement. */
export interface VisitFacts {
  timeZone: string;
  /** The site, if the organisation has it; whether it still takes visits. */
  site: { active: boolean } | null;
  /** The person's status. */
  clientStatus: string | null;
  /** The person's pseudonym, for the answer (never identity or codes). */
  pseudonym: string | null;
  /** Active service-catalogue items among the ids named. */
  services: ReadonlySet<string>;
  /** The person's visits still open anywhere: where, and since when. */
  openVisits: { id: string; siteId: string; checkedInAt: string }[];
}

/**
 * Locks the person's row to the commit, in a statement of its own: a second
 * check-in of the same person waits here, and its facts — read by the next
 * statement, with a snapshot taken after the first committed — then show the
 * visit the first one made. (Inside one statement the other sub-queries would
 * keep the snapshot from before the wait.)
 */
export async function lockPerson(tx: Tx, clientId: string): Promise<void> {
  await tx.selectFrom('clients').select('id').where('id', '=', clientId).forNoKeyUpdate().execute();
}

export async function readVisitFacts(
  tx: Tx,
  organisationId: string,
  input: { siteId: string | null; clientId: string | null; serviceIds: readonly string[] },
): Promise<VisitFacts> {
  const none = sql<null>`NULL`;
  const row = await tx
    .selectNoFrom((eb) => [
      eb.selectFrom('organisations').select('time_zone').where('id', '=', organisationId).as('time_zone'),
      input.siteId
        ? eb.selectFrom('sites').select('active').where('id', '=', input.siteId).as('site_active')
        : none.as('site_active'),
      input.clientId
        ? eb.selectFrom('clients').select('status').where('id', '=', input.clientId).as('client_status')
        : none.as('client_status'),
      input.clientId
        ? eb.selectFrom('clients').select('pseudonym').where('id', '=', input.clientId).as('pseudonym')
        : none.as('pseudonym'),
      eb
        .selectFrom('catalogue_items')
        .select(sql<string[]>`coalesce(array_agg(id), '{}')`.as('ids'))
        .where('kind', '=', 'service')
        .where('active', '=', true)
        .where(sql<boolean>`id = ANY(${[...input.serviceIds]}::uuid[])`)
        .as('services'),
      input.clientId
        ? eb
            .selectFrom('visits')
            .select(
              sql<VisitFacts['openVisits']>`coalesce(json_agg(json_build_object('id', id, 'siteId', site_id,
                'checkedInAt', checked_in_at)), '[]')`.as('open'),
            )
            .where('client_id', '=', input.clientId)
            .where('checked_out_at', 'is', null)
            .as('open_visits')
        : none.as('open_visits'),
    ])
    .executeTakeFirstOrThrow();
  return {
    timeZone: row.time_zone ?? 'UTC',
    site: row.site_active === null || row.site_active === undefined ? null : { active: row.site_active },
    clientStatus: row.client_status ?? null,
    pseudonym: row.pseudonym ?? null,
    services: new Set(row.services ?? []),
    openVisits: row.open_visits ?? [],
  };
}

/** Every service named must be an active item of the service catalogue. */
export function checkServices(facts: VisitFacts, serviceIds: readonly string[]) {
  if (serviceIds.some((s) => !facts.services.has(s))) throw fieldError('services', 'validation.catalogue_unknown');
}
