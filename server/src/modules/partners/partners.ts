import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { createPartnerBody, partnerListItem, partnerListQuery, updatePartnerBody } from '#core/schemas/partners';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { listLocations } from './locations';
import { presentPartner, presentService } from './present';
import { serviceRows } from './services';
import './tables';

type CreateBody = z.infer<typeof createPartnerBody>;
type UpdateBody = z.infer<typeof updatePartnerBody>;
type PartnerListItem = z.infer<typeof partnerListItem>;

/** Adds a partner organisation to the directory. */
export async function createPartner(tx: Tx, actor: AuditActor, body: CreateBody, id: string = uuidv7()) {
  const row = await tx
    .insertInto('partners')
    .values({
      organisation_id: actor.organisationId,
      id,
      name: body.name,
      alternate_name: body.alternateName ?? null,
      description: body.description ?? null,
      email: body.email ?? null,
      website: body.website ?? null,
      phone: body.phone ?? null,
      cooperation_procedure: body.cooperationProcedure ?? null,
      contacts: JSON.stringify(body.contacts),
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, { action: 'partner.created', entityType: 'partner', entityId: id });
  return presentPartner(row);
}

/** Changes what is given; a partner no longer worked with is made inactive, never deleted (referrals name it). */
export async function updatePartner(tx: Tx, actor: AuditActor, id: string, body: UpdateBody) {
  const set = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.alternateName !== undefined ? { alternate_name: body.alternateName } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.website !== undefined ? { website: body.website } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.cooperationProcedure !== undefined ? { cooperation_procedure: body.cooperationProcedure } : {}),
    ...(body.contacts !== undefined ? { contacts: JSON.stringify(body.contacts) } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
  };
  const row = await tx
    .updateTable('partners')
    .set({ ...set, updated_at: sql`now()`, updated_by: actor.userId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound();
  await recordAudit(tx, actor, {
    action: 'partner.updated',
    entityType: 'partner',
    entityId: id,
    details: { fields: Object.keys(body) },
  });
  return presentPartner(row);
}

/** One partner with its places and services. */
export async function getPartner(tx: Tx, id: string) {
  const row = await tx.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [locations, services] = await Promise.all([
    listLocations(tx, id),
    serviceRows(tx).where('s.partner_id', '=', id).orderBy(sql`lower(s.name)`).orderBy('s.id').execute(),
  ]);
  return { ...presentPartner(row), locations, services: services.map(presentService) };
}

/** The directory: partners by name, optionally those offering a type of service or serving a group. */
export async function listPartners(tx: Tx, query: z.infer<typeof partnerListQuery>) {
  let q = tx
    .selectFrom('partners as p')
    .selectAll('p')
    .select([
      sql<number>`(SELECT count(*)::int FROM partner_services s WHERE s.partner_id = p.id)`.as('service_count'),
      sql<string[]>`(SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}')
        FROM partner_services s, unnest(s.service_types) t WHERE s.partner_id = p.id)`.as('types'),
      sql<number>`count(*) OVER ()`.as('total'),
    ]);
  if (query.active !== 'all') q = q.where('p.active', '=', query.active === 'true');
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'ilike', like), eb('p.alternate_name', 'ilike', like)]));
  }
  const type = query.serviceType;
  if (type)
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM partner_services s WHERE s.partner_id = p.id AND ${type} = ANY(s.service_types))`,
    );
  const group = query.targetGroup;
  if (group)
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM partner_services s WHERE s.partner_id = p.id AND ${group} = ANY(s.target_groups))`,
    );
  const rows = await q
    .orderBy(sql`lower(p.name)`)
    .orderBy('p.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      ...presentPartner(r),
      services: r.service_count,
      serviceTypes: r.types as PartnerListItem['serviceTypes'],
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
