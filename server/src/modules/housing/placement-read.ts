import { sql } from 'kysely';
import type { PlacementStatus } from '#core/schemas/housing';
import { type AuditActor, auditClientRead } from '../../platform/audit/record';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { organisationToday, requireSite } from './checks';
import { presentPlacement } from './presenters';

/** Placements with what a list shows of them: the person's pseudonym, the site's name, the unit's label. */
function placementRows(tx: Tx) {
  return tx
    .selectFrom('housing_placements as p')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.client_id'),
    )
    .innerJoin('housing_units as u', (j) =>
      j.onRef('u.organisation_id', '=', 'p.organisation_id').onRef('u.id', '=', 'p.unit_id'),
    )
    .innerJoin('sites as s', (j) =>
      j.onRef('s.organisation_id', '=', 'p.organisation_id').onRef('s.id', '=', 'p.site_id'),
    )
    .select([
      'p.id',
      'p.client_id',
      'c.pseudonym',
      'p.site_id',
      's.name as site_name',
      'p.unit_id',
      'u.label as unit_label',
      'p.start_on',
      'p.planned_end_on',
      'p.end_on',
      'p.outcome',
      'p.moved_from_id',
    ]);
}

/**
 * The SQL form of presenters.ts `placementStatus` over the alias `p`: the three
 * statuses split every placement, so each one is in exactly one list.
 */
function inStatus(status: PlacementStatus, today: string) {
  const ended = sql`(p.end_on IS NOT NULL AND (p.end_on <= ${today}::date OR p.end_on = p.start_on))`;
  if (status === 'ended') return sql<boolean>`${ended}`;
  const started = sql`p.start_on <= ${today}::date`;
  return status === 'current'
    ? sql<boolean>`(NOT ${ended} AND ${started})`
    : sql<boolean>`(NOT ${ended} AND NOT ${started})`;
}

/** One placement as the API shows it. */
export async function getPlacement(tx: Tx, id: string, today?: string) {
  const row = await placementRows(tx).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentPlacement(row, today ?? (await organisationToday(tx)));
}

/** A site's placements in one status: current by unit, upcoming soonest first, ended latest first. */
export async function listSitePlacements(
  tx: Tx,
  siteId: string,
  query: { status: PlacementStatus; page: number; pageSize: number },
) {
  await requireSite(tx, siteId);
  const today = await organisationToday(tx);
  const base = placementRows(tx).where('p.site_id', '=', siteId).where(inStatus(query.status, today));
  const { total } = await tx
    .selectFrom('housing_placements as p')
    .where('p.site_id', '=', siteId)
    .where(inStatus(query.status, today))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const ordered =
    query.status === 'current'
      ? base.orderBy(sql`lower(u.label)`).orderBy('p.id')
      : query.status === 'upcoming'
        ? base.orderBy('p.start_on').orderBy('p.id')
        : base.orderBy('p.end_on', 'desc').orderBy('p.id', 'desc');
  const rows = await ordered.limit(pageWindow(query).limit).offset(pageWindow(query).offset).execute();
  return pageResult(
    rows.map((r) => presentPlacement(r, today)),
    total,
    query,
  );
}

/** A person's stays, latest first: a read of the person, so it leaves a trace. */
export async function listClientPlacements(tx: Tx, actor: AuditActor, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  await auditClientRead(tx, actor, clientId, { entityType: 'housing_placements' });
  const today = await organisationToday(tx);
  const rows = await placementRows(tx)
    .where('p.client_id', '=', clientId)
    .orderBy('p.start_on', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
  return { items: rows.map((r) => presentPlacement(r, today)) };
}
