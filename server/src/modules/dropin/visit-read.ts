import type { Selectable } from 'kysely';
import type { Visit } from '#core/schemas/visits';
import { type AuditActor, auditWrites } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import type { VisitsTable } from './tables';

type Row = Selectable<VisitsTable> & { pseudonym: string | null };
type ServiceRow = { visit_id: string; service_id: string; quantity: number; recorded_at: Date };

/** The fields of a visit an answer may carry: the pseudonym, never identity or codes. */
export function presentVisit(row: Row, services: readonly ServiceRow[]): Visit {
  return {
    id: row.id,
    siteId: row.site_id,
    clientId: row.client_id,
    pseudonym: row.pseudonym,
    headCount: row.head_count,
    visitOn: row.visit_on,
    checkedInAt: row.checked_in_at.toISOString(),
    checkedOutAt: row.checked_out_at?.toISOString() ?? null,
    services: services
      .filter((s) => s.visit_id === row.id)
      .map((s) => ({ serviceId: s.service_id, quantity: s.quantity, recordedAt: s.recorded_at.toISOString() })),
  };
}

/** Visits with their person's pseudonym, as `where` picks them. */
export function visitRows(tx: Tx) {
  return tx
    .selectFrom('visits')
    .leftJoin('clients', 'clients.id', 'visits.client_id')
    .selectAll('visits')
    .select('clients.pseudonym');
}

/** The visits presented with their services (one more statement, however many visits). */
export async function presentVisits(tx: Tx, rows: readonly Row[]): Promise<Visit[]> {
  const ids = rows.map((r) => r.id);
  const services = ids.length
    ? await tx
        .selectFrom('visit_services')
        .select(['visit_id', 'service_id', 'quantity', 'recorded_at'])
        .where('visit_id', 'in', ids)
        .orderBy('recorded_at')
        .execute()
    : [];
  return rows.map((r) => presentVisit(r, services));
}

/** Listing people's visits shows who they are (a pseudonym): a read of each person, in one statement. */
export async function auditPeopleRead(
  tx: Tx,
  actor: AuditActor,
  clientIds: readonly (string | null)[],
  entityType: string,
) {
  const people = [...new Set(clientIds.filter((id): id is string => id !== null))];
  if (people.length === 0) return;
  await auditWrites(
    tx,
    actor,
    people.map((clientId) => ({ action: 'client.read', clientId, entityType, entityId: clientId })),
  ).execute();
}
