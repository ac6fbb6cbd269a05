import { type Selectable, sql } from 'kysely';
import type { Contact, InitialSituation } from '#core/schemas/contacts';
import { auditClientRead, recordAudit } from '../../platform/audit/record';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { checkCatalogueItems } from './catalogue-check';
import { contactAad as aad } from './contact-crypto';
import { type OutreachContext, seal, unseal } from './context';
import { editableStatuses } from './shifts';
import type { ContactsTable } from './tables';
import { visibleContact } from './visibility';

type Row = Selectable<ContactsTable>;

type Services = Contact['services'];
type Materials = Contact['materials'];

/** Everything of a contact but its encrypted parts, from its row and line items. */
export function presentContactRow(r: Row, services: Services, materials: Materials) {
  return {
    id: r.id,
    kind: r.kind as Contact['kind'],
    clientId: r.client_id,
    shiftId: r.shift_id,
    occurredAt: r.occurred_at.toISOString(),
    channel: r.channel as Contact['channel'],
    teamId: r.team_id,
    areaId: r.area_id,
    spotId: r.spot_id,
    workerId: r.worker_id,
    durationMinutes: r.duration_minutes,
    topicIds: r.topic_ids,
    services,
    materials,
    referrals: r.referrals,
    followUp:
      r.follow_up_what && r.follow_up_due_on
        ? { what: r.follow_up_what, dueOn: r.follow_up_due_on, doneAt: r.follow_up_done_at?.toISOString() ?? null }
        : null,
    headCount: r.head_count,
    breakdown: r.breakdown as Contact['breakdown'],
  };
}

/** Everything of some contacts but their encrypted parts. */
async function presentBase(tx: Tx, rows: Row[]) {
  const ids = rows.map((r) => r.id);
  const services = ids.length
    ? await tx
        .selectFrom('contact_services')
        .select(['contact_id', 'service_id', 'minutes'])
        .where('contact_id', 'in', ids)
        .execute()
    : [];
  const materials = ids.length
    ? await tx
        .selectFrom('contact_materials')
        .select(['contact_id', 'material_id', 'quantity', 'returned', 'secondary_for'])
        .where('contact_id', 'in', ids)
        .execute()
    : [];
  return rows.map((r) =>
    presentContactRow(
      r,
      services.filter((s) => s.contact_id === r.id).map((s) => ({ serviceId: s.service_id, minutes: s.minutes })),
      materials
        .filter((m) => m.contact_id === r.id)
        .map((m) => ({
          materialId: m.material_id,
          quantity: m.quantity,
          returned: m.returned,
          secondaryFor: m.secondary_for,
        })),
    ),
  );
}

async function findContact(tx: Tx, ctx: OutreachContext, id: string, forUpdate = false) {
  let q = tx.selectFrom('contacts').selectAll().where('id', '=', id).where(visibleContact(ctx));
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One contact card with its notes decrypted; reading a person's card is an audited client read. */
export async function getContact(
  tx: Tx,
  ctx: OutreachContext,
  id: string,
  options = { audit: true },
): Promise<Contact> {
  const row = await findContact(tx, ctx, id);
  const [base] = await presentBase(tx, [row]);
  const situation = await unseal(tx, ctx, aad('initial_situation_enc', id), row.initial_situation_enc);
  if (options.audit && row.client_id)
    await auditClientRead(tx, ctx.actor, row.client_id, { entityType: 'contact', entityId: id });
  return {
    ...base!,
    notes: await unseal(tx, ctx, aad('notes_enc', id), row.notes_enc),
    initialSituation: situation ? (JSON.parse(situation) as InitialSituation) : null,
    changes: await unseal(tx, ctx, aad('changes_enc', id), row.changes_enc),
  };
}

/** Contacts in the user's scope, newest first; each person whose cards are listed gets an audited read. */
export async function listContacts(
  tx: Tx,
  ctx: OutreachContext,
  query: {
    page: number;
    pageSize: number;
    shiftId?: string | undefined;
    clientId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
) {
  let base = tx.selectFrom('contacts').where(visibleContact(ctx));
  if (query.shiftId) base = base.where('shift_id', '=', query.shiftId);
  if (query.clientId) base = base.where('client_id', '=', query.clientId);
  if (query.from) base = base.where('occurred_at', '>=', new Date(`${query.from}T00:00:00Z`));
  if (query.to) base = base.where('occurred_at', '<', sql<Date>`${query.to}::date + 1`);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('occurred_at', 'desc')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  const clientIds = [...new Set(rows.map((r) => r.client_id).filter((c): c is string => c !== null))];
  const names = clientIds.length
    ? await tx.selectFrom('clients').select(['id', 'pseudonym']).where('id', 'in', clientIds).execute()
    : [];
  for (const clientId of clientIds) await auditClientRead(tx, ctx.actor, clientId, { entityType: 'contact_list' });
  const items = (await presentBase(tx, rows)).map((c) => ({
    ...c,
    pseudonym: names.find((n) => n.id === c.clientId)?.pseudonym ?? null,
  }));
  return pageResult(items, total, query);
}

/** Corrects a card while its shift is still open (or it has none); follow-ups can always be ticked off. */
export async function updateContact(
  tx: Tx,
  ctx: OutreachContext,
  id: string,
  input: {
    durationMinutes?: number | null;
    topicIds?: string[];
    notes?: string | null;
    changes?: string | null;
    followUp?: { what: string; dueOn: string } | null;
    followUpDone?: boolean;
  },
) {
  const row = await findContact(tx, ctx, id, true);
  const onlyFollowUp = Object.keys(input).every((k) => k === 'followUpDone');
  if (row.shift_id && !onlyFollowUp) {
    const shift = await tx
      .selectFrom('shifts')
      .select('status')
      .where('id', '=', row.shift_id)
      .executeTakeFirstOrThrow();
    if (!(editableStatuses as readonly string[]).includes(shift.status))
      throw fieldError('shiftId', 'validation.shift_closed');
  }
  if (input.topicIds) await checkCatalogueItems(tx, 'topic', input.topicIds, 'topicIds');
  await tx
    .updateTable('contacts')
    .set({
      ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
      ...(input.topicIds !== undefined ? { topic_ids: [...new Set(input.topicIds)] } : {}),
      ...(input.notes !== undefined ? { notes_enc: await seal(tx, ctx, aad('notes_enc', id), input.notes) } : {}),
      ...(input.changes !== undefined
        ? { changes_enc: await seal(tx, ctx, aad('changes_enc', id), input.changes) }
        : {}),
      ...(input.followUp !== undefined
        ? {
            follow_up_what: input.followUp?.what ?? null,
            follow_up_due_on: input.followUp?.dueOn ?? null,
            // The same follow-up sent again stays done; a new one (or none) starts open.
            follow_up_done_at:
              input.followUp?.what === row.follow_up_what && input.followUp?.dueOn === row.follow_up_due_on
                ? row.follow_up_done_at
                : null,
          }
        : {}),
      ...(input.followUpDone !== undefined ? { follow_up_done_at: input.followUpDone ? sql`now()` : null } : {}),
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: 'contact.updated',
    entityType: 'contact',
    entityId: id,
    ...(row.client_id ? { clientId: row.client_id } : {}),
    details: { fields: Object.keys(input) },
  });
  return getContact(tx, ctx, id, { audit: false });
}

/** Open follow-ups in the user's scope, soonest due first. */
export async function listFollowUps(
  tx: Tx,
  ctx: OutreachContext,
  query: { page: number; pageSize: number; overdueOnly?: 'true' | 'false' | undefined },
) {
  let base = tx
    .selectFrom('contacts')
    .leftJoin('clients', (j) =>
      j
        .onRef('clients.organisation_id', '=', 'contacts.organisation_id')
        .onRef('clients.id', '=', 'contacts.client_id'),
    )
    .where(visibleContact(ctx))
    .where('contacts.follow_up_due_on', 'is not', null)
    .where('contacts.follow_up_done_at', 'is', null);
  if (query.overdueOnly === 'true') base = base.where('contacts.follow_up_due_on', '<', sql<string>`current_date`);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'contacts.id',
      'contacts.client_id',
      'clients.pseudonym',
      'contacts.follow_up_what',
      'contacts.follow_up_due_on',
      'contacts.worker_id',
      sql<boolean>`contacts.follow_up_due_on < current_date`.as('overdue'),
    ])
    .orderBy('contacts.follow_up_due_on')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  return pageResult(
    rows.map((r) => ({
      contactId: r.id,
      clientId: r.client_id,
      pseudonym: r.pseudonym,
      what: r.follow_up_what ?? '',
      dueOn: r.follow_up_due_on ?? '',
      workerId: r.worker_id,
      overdue: r.overdue,
    })),
    total,
    query,
  );
}
