import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { siteTypes } from '#core/schemas/places';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';

type SiteType = (typeof siteTypes)[number];

export interface SiteInput {
  name: string;
  type: SiteType;
  capacityPlaces: number | null;
  capacityBeds: number | null;
  address?: string | null | undefined;
  openingHours?: string | null | undefined;
}

const presentSite = (r: {
  id: string;
  name: string;
  type: string;
  capacity_places: number | null;
  capacity_beds: number | null;
  address: string | null;
  opening_hours: string | null;
  active: boolean;
}) => ({
  id: r.id,
  name: r.name,
  type: r.type as SiteType,
  capacityPlaces: r.capacity_places,
  capacityBeds: r.capacity_beds,
  address: r.address,
  openingHours: r.opening_hours,
  active: r.active,
});

const siteColumns = [
  'id',
  'name',
  'type',
  'capacity_places',
  'capacity_beds',
  'address',
  'opening_hours',
  'active',
] as const;

/** All sites, active first, by name. */
export async function listSites(tx: Tx) {
  const rows = await tx.selectFrom('sites').select(siteColumns).orderBy('active', 'desc').orderBy('name').execute();
  return { items: rows.map(presentSite) };
}

export async function getSite(tx: Tx, id: string) {
  const row = await tx.selectFrom('sites').select(siteColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentSite(row);
}

export async function createSite(tx: Tx, actor: AuditActor, input: SiteInput) {
  const id = uuidv7();
  await tx
    .insertInto('sites')
    .values({
      organisation_id: actor.organisationId,
      id,
      name: input.name,
      type: input.type,
      capacity_places: input.capacityPlaces,
      capacity_beds: input.capacityBeds,
      address: input.address ?? null,
      opening_hours: input.openingHours ?? null,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, { action: 'site.created', entityType: 'site', entityId: id });
  return getSite(tx, id);
}

export async function updateSite(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: Partial<SiteInput> & { active?: boolean },
) {
  const result = await tx
    .updateTable('sites')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.capacityPlaces !== undefined ? { capacity_places: input.capacityPlaces } : {}),
      ...(input.capacityBeds !== undefined ? { capacity_beds: input.capacityBeds } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.openingHours !== undefined ? { opening_hours: input.openingHours } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound();
  await recordAudit(tx, actor, {
    action: 'site.updated',
    entityType: 'site',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  return getSite(tx, id);
}
