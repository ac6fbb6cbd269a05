import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { HousingUnitKind } from '#core/schemas/housing';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, notFound } from '../../platform/errors';
import { organisationToday, requireSite } from './checks';
import { presentUnit } from './presenters';

/** Units with the stay in each today (at most one: the database allows no other). */
function unitRows(tx: Tx, today: string) {
  return tx
    .selectFrom('housing_units as u')
    .leftJoin('housing_placements as p', (j) =>
      j
        .onRef('p.organisation_id', '=', 'u.organisation_id')
        .onRef('p.unit_id', '=', 'u.id')
        .on('p.start_on', '<=', today)
        .on((eb) => eb.or([eb('p.end_on', 'is', null), eb('p.end_on', '>', today)])),
    )
    .leftJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.client_id'),
    )
    .select([
      'u.id',
      'u.site_id',
      'u.label',
      'u.kind',
      'u.active',
      'p.id as placement_id',
      'p.client_id',
      'c.pseudonym',
      'p.start_on',
      'p.planned_end_on',
    ]);
}

async function getUnit(tx: Tx, id: string) {
  const row = await unitRows(tx, await organisationToday(tx))
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return presentUnit(row);
}

/** A site's beds and rooms, in use first, by label, each with who is in it today. */
export async function listUnits(tx: Tx, siteId: string) {
  await requireSite(tx, siteId);
  const rows = await unitRows(tx, await organisationToday(tx))
    .where('u.site_id', '=', siteId)
    .orderBy('u.active', 'desc')
    .orderBy(sql`lower(u.label)`)
    .orderBy('u.id')
    .execute();
  return { items: rows.map(presentUnit) };
}

/** Adds a bed or a room to a site; a label already used there is refused by its unique index. */
export async function createUnit(
  tx: Tx,
  actor: AuditActor,
  siteId: string,
  input: { label: string; kind: HousingUnitKind },
) {
  await requireSite(tx, siteId);
  const id = uuidv7();
  await tx
    .insertInto('housing_units')
    .values({
      organisation_id: actor.organisationId,
      id,
      site_id: siteId,
      label: input.label,
      kind: input.kind,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, {
    action: 'housing_unit.created',
    entityType: 'housing_unit',
    entityId: id,
    details: { siteId, kind: input.kind },
  });
  return getUnit(tx, id);
}

/**
 * Renames a unit, changes its kind, or takes it out of use (or back). Taking
 * it out is refused while a stay holds it now or later: the unit's row is
 * locked first, and a new placement takes a share lock on it, so the check and
 * a booking made at the same moment cannot both pass.
 */
export async function updateUnit(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: { label?: string | undefined; kind?: HousingUnitKind | undefined; active?: boolean | undefined },
) {
  const unit = await tx
    .selectFrom('housing_units')
    .select(['id', 'active'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!unit) throw notFound();
  if (input.active === false && unit.active) {
    const today = await organisationToday(tx);
    const held = await tx
      .selectFrom('housing_placements')
      .select('id')
      .where('unit_id', '=', id)
      .where((eb) =>
        eb.or([eb('end_on', 'is', null), eb.and([eb('end_on', '>', today), eb('end_on', '>', eb.ref('start_on'))])]),
      )
      .limit(1)
      .executeTakeFirst();
    if (held) throw new AppError('conflict', { active: 'validation.unit_occupied' });
  }
  await tx
    .updateTable('housing_units')
    .set({
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'housing_unit.updated',
    entityType: 'housing_unit',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  return getUnit(tx, id);
}
