import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { createPartnerServiceBody, partnerServiceQuery, updatePartnerServiceBody } from '#core/schemas/partners';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { presentService } from './present';
import './tables';

type CreateBody = z.infer<typeof createPartnerServiceBody>;
type UpdateBody = z.infer<typeof updatePartnerServiceBody>;

/** Services with their partner's name and the places they are given at. */
export function serviceRows(tx: Tx) {
  return tx
    .selectFrom('partner_services as s')
    .innerJoin('partners as p', (j) =>
      j.onRef('p.organisation_id', '=', 's.organisation_id').onRef('p.id', '=', 's.partner_id'),
    )
    .selectAll('s')
    .select([
      'p.name as partner_name',
      sql<string[]>`array(SELECT l.location_id FROM partner_service_locations l
        WHERE l.service_id = s.id ORDER BY l.created_at, l.id)`.as('location_ids'),
    ]);
}

async function getService(tx: Tx, id: string) {
  const row = await serviceRows(tx).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentService(row);
}

/** The places named must be the partner's own. */
async function checkLocations(tx: Tx, partnerId: string, locationIds: readonly string[]) {
  if (locationIds.length === 0) return;
  const found = await tx
    .selectFrom('partner_locations')
    .select('id')
    .where('partner_id', '=', partnerId)
    .where('id', 'in', [...locationIds])
    .execute();
  if (found.length !== new Set(locationIds).size) throw fieldError('locationIds', 'validation.invalid');
}

/** Keeps the pairs still named (their ids stay), drops the others, adds the new ones. */
async function setLocations(tx: Tx, organisationId: string, serviceId: string, locationIds: readonly string[]) {
  const wanted = [...new Set(locationIds)];
  let drop = tx.deleteFrom('partner_service_locations').where('service_id', '=', serviceId);
  if (wanted.length) drop = drop.where('location_id', 'not in', wanted);
  await drop.execute();
  if (wanted.length)
    await tx
      .insertInto('partner_service_locations')
      .values(
        wanted.map((location_id) => ({
          organisation_id: organisationId,
          id: uuidv7(),
          service_id: serviceId,
          location_id,
        })),
      )
      .onConflict((oc) => oc.columns(['organisation_id', 'service_id', 'location_id']).doNothing())
      .execute();
}

export async function createService(tx: Tx, actor: AuditActor, body: CreateBody, id: string = uuidv7()) {
  const partner = await tx.selectFrom('partners').select('id').where('id', '=', body.partnerId).executeTakeFirst();
  if (!partner) throw fieldError('partnerId', 'validation.invalid');
  await checkLocations(tx, body.partnerId, body.locationIds);
  await tx
    .insertInto('partner_services')
    .values({
      organisation_id: actor.organisationId,
      id,
      partner_id: body.partnerId,
      name: body.name,
      description: body.description ?? null,
      status: body.status,
      service_types: body.serviceTypes,
      target_groups: body.targetGroups,
      eligibility: body.eligibility ?? null,
      minimum_age: body.minimumAge,
      maximum_age: body.maximumAge,
      languages: body.languages,
      email: body.email ?? null,
      url: body.url ?? null,
      phone: body.phone ?? null,
      application_process: body.applicationProcess ?? null,
      fees_description: body.feesDescription ?? null,
      hours: JSON.stringify(body.hours),
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await setLocations(tx, actor.organisationId, id, body.locationIds);
  await recordAudit(tx, actor, { action: 'partner_service.created', entityType: 'partner_service', entityId: id });
  return getService(tx, id);
}

export async function updateService(tx: Tx, actor: AuditActor, id: string, body: UpdateBody) {
  const current = await tx
    .selectFrom('partner_services')
    .select(['partner_id', 'minimum_age', 'maximum_age'])
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!current) throw notFound();
  const min = body.minimumAge !== undefined ? body.minimumAge : current.minimum_age;
  const max = body.maximumAge !== undefined ? body.maximumAge : current.maximum_age;
  if (min !== null && max !== null && min > max) throw fieldError('maximumAge', 'validation.invalid');
  if (body.locationIds) await checkLocations(tx, current.partner_id, body.locationIds);
  const set = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.serviceTypes !== undefined ? { service_types: body.serviceTypes } : {}),
    ...(body.targetGroups !== undefined ? { target_groups: body.targetGroups } : {}),
    ...(body.eligibility !== undefined ? { eligibility: body.eligibility } : {}),
    ...(body.minimumAge !== undefined ? { minimum_age: body.minimumAge } : {}),
    ...(body.maximumAge !== undefined ? { maximum_age: body.maximumAge } : {}),
    ...(body.languages !== undefined ? { languages: body.languages } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.url !== undefined ? { url: body.url } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.applicationProcess !== undefined ? { application_process: body.applicationProcess } : {}),
    ...(body.feesDescription !== undefined ? { fees_description: body.feesDescription } : {}),
    ...(body.hours !== undefined ? { hours: JSON.stringify(body.hours) } : {}),
  };
  await tx
    .updateTable('partner_services')
    .set({ ...set, updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .execute();
  if (body.locationIds) await setLocations(tx, actor.organisationId, id, body.locationIds);
  await recordAudit(tx, actor, {
    action: 'partner_service.updated',
    entityType: 'partner_service',
    entityId: id,
    details: { fields: Object.keys(body) },
  });
  return getService(tx, id);
}

/** Services to refer a person to, across partners: by name, type or target group; active partners only. */
export async function searchServices(tx: Tx, query: z.infer<typeof partnerServiceQuery>) {
  let q = serviceRows(tx).where('p.active', '=', true);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('s.name', 'ilike', like), eb('p.name', 'ilike', like)]));
  }
  const type = query.serviceType;
  if (type) q = q.where(sql<boolean>`${type} = ANY(s.service_types)`);
  const group = query.targetGroup;
  if (group) q = q.where(sql<boolean>`${group} = ANY(s.target_groups)`);
  const rows = await q
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy(sql`s.status = 'active'`, 'desc')
    .orderBy(sql`lower(s.name)`)
    .orderBy('s.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(presentService),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
