import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { spotKinds } from '#core/schemas/places';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';

type SpotKind = (typeof spotKinds)[number];
const spotColumns = ['id', 'area_id', 'name', 'kind', 'latitude', 'longitude', 'active'] as const;

const presentSpot = (r: {
  id: string;
  area_id: string;
  name: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  active: boolean;
}) => ({
  id: r.id,
  areaId: r.area_id,
  name: r.name,
  kind: r.kind as SpotKind,
  latitude: r.latitude,
  longitude: r.longitude,
  active: r.active,
});

/** Areas with their spots, for admin screens and for phones' offline catalogues. */
export async function listAreas(tx: Tx) {
  const [areas, spots] = await Promise.all([
    tx
      .selectFrom('areas')
      .select(['id', 'name', 'description', 'active'])
      .orderBy('active', 'desc')
      .orderBy('name')
      .execute(),
    tx.selectFrom('spots').select(spotColumns).orderBy('name').execute(),
  ]);
  return {
    items: areas.map((a) => ({ ...a, spots: spots.filter((s) => s.area_id === a.id).map(presentSpot) })),
  };
}

export async function getArea(tx: Tx, id: string) {
  const area = await tx
    .selectFrom('areas')
    .select(['id', 'name', 'description', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!area) throw notFound();
  const spots = await tx.selectFrom('spots').select(spotColumns).where('area_id', '=', id).orderBy('name').execute();
  return { ...area, spots: spots.map(presentSpot) };
}

export async function createArea(
  tx: Tx,
  actor: AuditActor,
  input: { name: string; description?: string | null | undefined },
) {
  const id = uuidv7();
  await tx
    .insertInto('areas')
    .values({
      organisation_id: actor.organisationId,
      id,
      name: input.name,
      description: input.description ?? null,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, { action: 'area.created', entityType: 'area', entityId: id });
  return getArea(tx, id);
}

export async function updateArea(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: { name?: string; description?: string | null | undefined; active?: boolean },
) {
  const result = await tx
    .updateTable('areas')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound();
  await recordAudit(tx, actor, {
    action: 'area.updated',
    entityType: 'area',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  return getArea(tx, id);
}

export interface SpotInput {
  name: string;
  kind: SpotKind;
  latitude: number | null;
  longitude: number | null;
}

export async function createSpot(tx: Tx, actor: AuditActor, areaId: string, input: SpotInput) {
  await getArea(tx, areaId);
  const id = uuidv7();
  await tx
    .insertInto('spots')
    .values({
      organisation_id: actor.organisationId,
      id,
      area_id: areaId,
      name: input.name,
      kind: input.kind,
      latitude: input.latitude,
      longitude: input.longitude,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, { action: 'spot.created', entityType: 'spot', entityId: id });
  const row = await tx.selectFrom('spots').select(spotColumns).where('id', '=', id).executeTakeFirstOrThrow();
  return presentSpot(row);
}

export async function updateSpot(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: Partial<SpotInput> & { active?: boolean },
) {
  const result = await tx
    .updateTable('spots')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.latitude !== undefined ? { latitude: input.latitude } : {}),
      ...(input.longitude !== undefined ? { longitude: input.longitude } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw notFound();
  await recordAudit(tx, actor, {
    action: 'spot.updated',
    entityType: 'spot',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  const row = await tx.selectFrom('spots').select(spotColumns).where('id', '=', id).executeTakeFirstOrThrow();
  return presentSpot(row);
}
