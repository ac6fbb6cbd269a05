import { sql } from 'kysely';
import type { Locale } from '#core/i18n/locales';
import type { Tx } from '../../../platform/db/tenancy';
import { notFound } from '../../../platform/errors';
import { serviceRows } from '../services';
import { locationDocument, organizationDocument, serviceAtLocationDocument, serviceDocument } from './documents';

/** The paging HSDS's API answers with (openapi.json, `Page`). */
export interface HsdsQuery {
  page: number;
  per_page: number;
  modified_after?: string | undefined;
}

function pageOf<T>(contents: T[], total: number, q: HsdsQuery) {
  const pages = Math.max(1, Math.ceil(total / q.per_page));
  return {
    total_items: total,
    total_pages: pages,
    page_number: q.page,
    size: contents.length,
    first_page: q.page === 1,
    last_page: q.page >= pages,
    empty: contents.length === 0,
    contents,
  };
}

async function organisationLocale(tx: Tx): Promise<Locale> {
  const row = await tx
    .selectFrom('organisations')
    .select('default_locale')
    .where('id', '=', sql<string>`(SELECT kontakt_current_org())`)
    .executeTakeFirst();
  return (row?.default_locale ?? 'en') as Locale;
}

/** The places of the services on a page, and which service is given where (active places of active partners). */
async function placesOf(tx: Tx, serviceIds: readonly string[]) {
  if (serviceIds.length === 0) return [];
  return tx
    .selectFrom('partner_service_locations as sl')
    .innerJoin('partner_locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'sl.organisation_id').onRef('l.id', '=', 'sl.location_id'),
    )
    .selectAll('l')
    .select(['sl.id as pair_id', 'sl.service_id'])
    .where('sl.service_id', 'in', [...serviceIds])
    .where('l.active', '=', true)
    .orderBy('sl.created_at')
    .orderBy('sl.id')
    .execute();
}

function sharedServices(tx: Tx, q: HsdsQuery) {
  let rows = serviceRows(tx).where('p.active', '=', true);
  if (q.modified_after) rows = rows.where('s.updated_at', '>', new Date(q.modified_after));
  return rows;
}

/** `/services`: each with its organisation (brief) and where it is given. */
export async function hsdsServices(tx: Tx, q: HsdsQuery) {
  const locale = await organisationLocale(tx);
  const rows = await sharedServices(tx, q)
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy('s.updated_at')
    .orderBy('s.id')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  const places = await placesOf(
    tx,
    rows.map((r) => r.id),
  );
  const partners = rows.length
    ? await tx
        .selectFrom('partners')
        .selectAll()
        .where('id', 'in', [...new Set(rows.map((r) => r.partner_id))])
        .execute()
    : [];
  const contents = rows.map((s) => {
    const partner = partners.find((p) => p.id === s.partner_id);
    const organization = partner ? organizationDocument(partner) : undefined;
    return {
      ...serviceDocument(s, locale),
      ...(organization
        ? { organization: { id: organization.id, name: organization.name, description: organization.description } }
        : {}),
      service_at_locations: places
        .filter((l) => l.service_id === s.id)
        .map((l) => serviceAtLocationDocument({ id: l.pair_id, service_id: s.id, location_id: l.id }, s, l)),
    };
  });
  return pageOf(contents, Number(rows[0]?.total ?? 0), q);
}

export async function hsdsService(tx: Tx, id: string) {
  const locale = await organisationLocale(tx);
  const s = await serviceRows(tx).where('p.active', '=', true).where('s.id', '=', id).executeTakeFirst();
  if (!s) throw notFound();
  const places = await placesOf(tx, [s.id]);
  return {
    ...serviceDocument(s, locale),
    service_at_locations: places.map((l) =>
      serviceAtLocationDocument({ id: l.pair_id, service_id: s.id, location_id: l.id }, s, l),
    ),
  };
}

/** `/organizations`: the active partners, each with its places (as far as they may be shown). */
export async function hsdsOrganizations(tx: Tx, q: HsdsQuery) {
  let rows = tx
    .selectFrom('partners')
    .selectAll()
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('active', '=', true);
  if (q.modified_after) rows = rows.where('updated_at', '>', new Date(q.modified_after));
  const partners = await rows
    .orderBy('updated_at')
    .orderBy('id')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  const locations = partners.length
    ? await tx
        .selectFrom('partner_locations')
        .selectAll()
        .where(
          'partner_id',
          'in',
          partners.map((p) => p.id),
        )
        .where('active', '=', true)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : [];
  const contents = partners.map((p) => ({
    ...organizationDocument(p),
    locations: locations.filter((l) => l.partner_id === p.id).map(locationDocument),
  }));
  return pageOf(contents, Number(partners[0]?.total ?? 0), q);
}

export async function hsdsOrganization(tx: Tx, id: string) {
  const p = await tx
    .selectFrom('partners')
    .selectAll()
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!p) throw notFound();
  const locations = await tx
    .selectFrom('partner_locations')
    .selectAll()
    .where('partner_id', '=', id)
    .where('active', '=', true)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { ...organizationDocument(p), locations: locations.map(locationDocument) };
}

/** `/service_at_locations`: every service at every place, with the place. */
export async function hsdsServiceAtLocations(tx: Tx, q: HsdsQuery) {
  let pairs = tx
    .selectFrom('partner_service_locations as sl')
    .innerJoin('partner_services as s', (j) =>
      j.onRef('s.organisation_id', '=', 'sl.organisation_id').onRef('s.id', '=', 'sl.service_id'),
    )
    .innerJoin('partners as p', (j) =>
      j.onRef('p.organisation_id', '=', 's.organisation_id').onRef('p.id', '=', 's.partner_id'),
    )
    .innerJoin('partner_locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'sl.organisation_id').onRef('l.id', '=', 'sl.location_id'),
    )
    .select(['sl.id', 'sl.service_id', 'sl.location_id', sql<number>`count(*) OVER ()`.as('total')])
    .where('p.active', '=', true)
    .where('l.active', '=', true);
  const after = q.modified_after;
  if (after)
    pairs = pairs.where(sql<boolean>`greatest(sl.created_at, s.updated_at, l.updated_at) > ${new Date(after)}`);
  const rows = await pairs
    .orderBy('sl.created_at')
    .orderBy('sl.id')
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page)
    .execute();
  const services = rows.length
    ? await serviceRows(tx)
        .where('s.id', 'in', [...new Set(rows.map((r) => r.service_id))])
        .execute()
    : [];
  const locations = rows.length
    ? await tx
        .selectFrom('partner_locations')
        .selectAll()
        .where('id', 'in', [...new Set(rows.map((r) => r.location_id))])
        .execute()
    : [];
  const contents = rows.map((pair) =>
    serviceAtLocationDocument(
      pair,
      services.find((s) => s.id === pair.service_id)!,
      locations.find((l) => l.id === pair.location_id)!,
    ),
  );
  return pageOf(contents, Number(rows[0]?.total ?? 0), q);
}
