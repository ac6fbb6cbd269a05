import type { Locale } from '#core/i18n/locales';
import { translate } from '#core/i18n/translate';
import { type AuditActor, recordAudit } from '../../../platform/audit/record';
import type { Tx } from '../../../platform/db/tenancy';
import { fieldError } from '../../../platform/errors';
import { createLocation, updateLocation } from '../locations';
import { createPartner, updatePartner } from '../partners';
import { createService, updateService } from '../services';
import { hsdsId, locationFrom, type Note, partnerFrom, serviceFrom } from './import-map';

type Json = Record<string, unknown>;
const kinds = ['organizations', 'locations', 'services', 'service_at_locations'] as const;
type Counts = Record<(typeof kinds)[number], number>;

/** The most records one import takes (a page of a large directory, or a whole small one). */
export const importItemsMax = 500;

const objects = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object' && !Array.isArray(x)) : [];

/** What a top-level object of the document is, by the fields only that kind has. */
function kindOf(o: Json): 'organization' | 'service' | 'service_at_location' | 'location' {
  if ('services' in o || 'organization_identifiers' in o) return 'organization';
  if ('status' in o || 'service_at_locations' in o) return 'service';
  if ('location' in o || 'service' in o || ('service_id' in o && 'location_id' in o)) return 'service_at_location';
  if ('location_type' in o || 'addresses' in o) return 'location';
  return 'organization';
}

/**
 * Reads an HSDS document — one organization, service or service_at_location, a
 * list of them, or an API page (`contents`) — into the directory. A record whose
 * id is already in the directory is updated, a new one is added under its own
 * id (so a later export names it the same). The report says what was taken,
 * what was refused and why, and which fields were left out.
 */
export async function importHsds(tx: Tx, actor: AuditActor, doc: unknown, locale: Locale) {
  const items = Array.isArray(doc)
    ? objects(doc)
    : doc && typeof doc === 'object' && Array.isArray((doc as Json).contents)
      ? objects((doc as Json).contents)
      : objects([doc]);
  if (items.length > importItemsMax) throw fieldError('body', 'validation.too_big_array_other');
  const created: Counts = { organizations: 0, locations: 0, services: 0, service_at_locations: 0 };
  const updated: Counts = { organizations: 0, locations: 0, services: 0, service_at_locations: 0 };
  const refused: { path: string; id: string | null; reason: string; message: string }[] = [];
  const notes: Note[] = [];
  const refuse = (path: string, o: Json, reason: string) =>
    refused.push({
      path,
      id: typeof o.id === 'string' ? o.id : null,
      reason,
      message: translate(locale, `hsdsImport.${reason}`),
    });

  const exists = async (table: 'partners' | 'partner_locations' | 'partner_services', id: string) =>
    tx
      .selectFrom(table)
      .select(table === 'partners' ? ['id', 'id as partner_id'] : ['id', 'partner_id'])
      .where('id', '=', id)
      .executeTakeFirst();

  async function organization(o: Json, path: string): Promise<string | null> {
    const id = hsdsId(o);
    if (!id) {
      refuse(path, o, 'not_uuid');
      return null;
    }
    const body = partnerFrom(o, path, notes);
    if (!body) {
      refuse(path, o, 'no_name');
      return null;
    }
    if (await exists('partners', id)) {
      await updatePartner(tx, actor, id, body);
      updated.organizations += 1;
    } else {
      await createPartner(tx, actor, body, id);
      created.organizations += 1;
    }
    for (const [i, l] of objects(o.locations).entries()) await location(l, id, `${path}.locations[${i}]`);
    for (const [i, s] of objects(o.services).entries()) await service(s, id, `${path}.services[${i}]`);
    return id;
  }

  async function location(o: Json, partnerId: string, path: string): Promise<string | null> {
    const id = hsdsId(o);
    if (!id) {
      refuse(path, o, 'not_uuid');
      return null;
    }
    const body = locationFrom(o, partnerId, path, notes);
    if (!body) {
      refuse(path, o, 'no_name');
      return null;
    }
    const found = await exists('partner_locations', id);
    if (found && found.partner_id !== partnerId) {
      refuse(path, o, 'other_partner');
      return null;
    }
    if (found) {
      const { partnerId: _partner, ...changes } = body;
      await updateLocation(tx, actor, id, changes);
      updated.locations += 1;
    } else {
      await createLocation(tx, actor, body, id);
      created.locations += 1;
    }
    return id;
  }

  /** The service's partner: the one it is nested in, else its organization (nested or by id). */
  async function partnerOf(o: Json, path: string): Promise<string | null> {
    const nested = o.organization && typeof o.organization === 'object' ? (o.organization as Json) : null;
    if (
      nested &&
      !(await exists('partners', hsdsId(nested) ?? '00000000-0000-0000-0000-000000000000')) &&
      'name' in nested
    )
      return organization(nested, `${path}.organization`);
    const id =
      (nested && hsdsId(nested)) ?? (typeof o.organization_id === 'string' ? o.organization_id.toLowerCase() : null);
    return id && (await exists('partners', id)) ? id : null;
  }

  async function service(o: Json, within: string | null, path: string): Promise<string | null> {
    const id = hsdsId(o);
    if (!id) {
      refuse(path, o, 'not_uuid');
      return null;
    }
    const partnerId = within ?? (await partnerOf(o, path));
    if (!partnerId) {
      refuse(path, o, 'no_organization');
      return null;
    }
    const body = serviceFrom(o, partnerId, path, notes);
    if (!body) {
      refuse(path, o, 'no_name');
      return null;
    }
    const found = await exists('partner_services', id);
    if (found && found.partner_id !== partnerId) {
      refuse(path, o, 'other_partner');
      return null;
    }
    if (found) {
      const { partnerId: _partner, locationIds: _places, ...changes } = body;
      await updateService(tx, actor, id, changes);
      updated.services += 1;
    } else {
      await createService(tx, actor, { ...body, locationIds: [] }, id);
      created.services += 1;
    }
    for (const [i, p] of objects(o.service_at_locations).entries())
      await serviceAtLocation(p, { id, partnerId }, `${path}.service_at_locations[${i}]`);
    return id;
  }

  async function serviceAtLocation(o: Json, within: { id: string; partnerId: string } | null, path: string) {
    const id = hsdsId(o);
    if (!id) return refuse(path, o, 'not_uuid');
    let owner = within;
    if (!owner) {
      const nested = o.service && typeof o.service === 'object' ? (o.service as Json) : null;
      const serviceId = nested ? await service(nested, null, `${path}.service`) : String(o.service_id ?? '');
      const found = serviceId ? await exists('partner_services', serviceId) : undefined;
      if (!found) return refuse(path, o, 'no_service');
      owner = { id: found.id, partnerId: found.partner_id };
    }
    const nestedPlace = o.location && typeof o.location === 'object' ? (o.location as Json) : null;
    const placeId = nestedPlace
      ? await location(nestedPlace, owner.partnerId, `${path}.location`)
      : typeof o.location_id === 'string'
        ? o.location_id
        : null;
    const place = placeId ? await exists('partner_locations', placeId) : undefined;
    if (!place || place.partner_id !== owner.partnerId) return refuse(path, o, 'no_location');
    const inserted = await tx
      .insertInto('partner_service_locations')
      .values({ organisation_id: actor.organisationId, id, service_id: owner.id, location_id: place.id })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) created.service_at_locations += 1;
    else updated.service_at_locations += 1;
  }

  for (const [i, item] of items.entries()) {
    const path = Array.isArray(doc) ? `[${i}]` : Array.isArray((doc as Json).contents) ? `contents[${i}]` : '$';
    const kind = kindOf(item);
    if (kind === 'organization') await organization(item, path);
    else if (kind === 'service') await service(item, null, path);
    else if (kind === 'service_at_location') await serviceAtLocation(item, null, path);
    else {
      const owner =
        typeof item.organization_id === 'string' ? await exists('partners', item.organization_id) : undefined;
      if (owner) await location(item, owner.id, path);
      else refuse(path, item, 'no_organization');
    }
  }
  await recordAudit(tx, actor, {
    action: 'hsds.imported',
    entityType: 'partner_directory',
    details: { created: kinds.map((k) => created[k]).join('/'), refused: refused.length },
  });
  return {
    created,
    updated,
    refused,
    notes: notes.map((n) => ({
      path: n.path,
      reason: n.reason,
      message: translate(locale, `hsdsImport.${n.reason}`, n.vars),
    })),
  };
}
