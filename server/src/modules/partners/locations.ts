import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { createPartnerLocationBody, updatePartnerLocationBody } from '#core/schemas/partners';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { presentLocation } from './present';
import './tables';

/** A partner's places, in use first, by name. */
export async function listLocations(tx: Tx, partnerId: string) {
  const rows = await tx
    .selectFrom('partner_locations')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .orderBy('active', 'desc')
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
  return rows.map(presentLocation);
}

/** Adds a place to a partner (the partner must be in the directory). */
export async function createLocation(
  tx: Tx,
  actor: AuditActor,
  body: z.infer<typeof createPartnerLocationBody>,
  id: string = uuidv7(),
) {
  const partner = await tx.selectFrom('partners').select('id').where('id', '=', body.partnerId).executeTakeFirst();
  if (!partner) throw fieldError('partnerId', 'validation.invalid');
  const row = await tx
    .insertInto('partner_locations')
    .values({
      organisation_id: actor.organisationId,
      id,
      partner_id: body.partnerId,
      name: body.name,
      address: body.address ?? null,
      city: body.city ?? null,
      postal_code: body.postalCode ?? null,
      country: body.country,
      latitude: body.latitude,
      longitude: body.longitude,
      confidential: body.confidential,
      transportation: body.transportation ?? null,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, { action: 'partner_location.created', entityType: 'partner_location', entityId: id });
  return presentLocation(row);
}

export async function updateLocation(
  tx: Tx,
  actor: AuditActor,
  id: string,
  body: z.infer<typeof updatePartnerLocationBody>,
) {
  const set = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.address !== undefined ? { address: body.address } : {}),
    ...(body.city !== undefined ? { city: body.city } : {}),
    ...(body.postalCode !== undefined ? { postal_code: body.postalCode } : {}),
    ...(body.country !== undefined ? { country: body.country } : {}),
    ...(body.latitude !== undefined ? { latitude: body.latitude } : {}),
    ...(body.longitude !== undefined ? { longitude: body.longitude } : {}),
    ...(body.confidential !== undefined ? { confidential: body.confidential } : {}),
    ...(body.transportation !== undefined ? { transportation: body.transportation } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
  };
  const row = await tx
    .updateTable('partner_locations')
    .set({ ...set, updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound();
  // The services given here change what they publish (their place): HSDS readers asking
  // for what changed since a moment must see them again.
  await tx
    .updateTable('partner_services')
    .set({ updated_at: sql`now()` })
    .where('id', 'in', tx.selectFrom('partner_service_locations').select('service_id').where('location_id', '=', id))
    .execute();
  await recordAudit(tx, actor, {
    action: 'partner_location.updated',
    entityType: 'partner_location',
    entityId: id,
    details: { fields: Object.keys(body) },
  });
  return presentLocation(row);
}
