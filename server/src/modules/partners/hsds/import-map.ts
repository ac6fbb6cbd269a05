import type { z } from 'zod';
import { serviceTypeKeys, targetGroupKeys, taxonomyBase } from '#core/directory/taxonomy';
import {
  createPartnerBody,
  createPartnerLocationBody,
  createPartnerServiceBody,
  partnerServiceStatuses,
  weekdays,
} from '#core/schemas/partners';

/**
 * HSDS 3.0 objects read into the directory's own bodies. What the directory
 * cannot hold is left out and said (a `note`); a record without what it must
 * have (a UUID, a name) is refused by the caller. Every body is then checked by
 * the same zod schema the API uses, so an import can store nothing an edit could not.
 */
type Json = Record<string, unknown>;
export interface Note {
  /** Where in the document, e.g. `services[0].schedules[1]`. */
  path: string;
  /** An i18n key of `hsdsImport`. */
  reason: string;
  vars?: Record<string, string>;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object') : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function hsdsId(o: Json): string | null {
  const id = text(o.id);
  return id && uuid.test(id) ? id.toLowerCase() : null;
}

/**
 * Checks a body with the API's schema; fields that fail are dropped (and
 * noted) one by one until it passes or a field it cannot go without fails.
 */
function fitBody<T extends z.ZodType>(schema: T, body: Json, path: string, notes: Note[], required: readonly string[]) {
  const candidate = { ...body };
  for (let round = 0; round < 20; round += 1) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data as z.infer<T>;
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    if (!field || required.includes(field) || !(field in candidate)) return null;
    notes.push({ path: `${path}.${field}`, reason: 'field_dropped' });
    delete candidate[field];
  }
  return null;
}

const firstPhone = (o: Json) => text(list(o.phones)[0]?.number);

export function partnerFrom(o: Json, path: string, notes: Note[]) {
  const contacts = list(o.contacts).flatMap((c, i) => {
    const name = text(c.name);
    if (!name) {
      notes.push({ path: `${path}.contacts[${i}]`, reason: 'no_name' });
      return [];
    }
    return [{ name, title: text(c.title), email: text(c.email), phone: firstPhone(c) }];
  });
  const body = {
    name: text(o.name),
    alternateName: text(o.alternate_name),
    description: text(o.description),
    email: text(o.email),
    website: text(o.website),
    phone: firstPhone(o),
    contacts,
  };
  return fitBody(createPartnerBody, body, path, notes, ['name']);
}

export function locationFrom(o: Json, partnerId: string, path: string, notes: Note[]) {
  const address = list(o.addresses)[0] ?? {};
  const country = text(address.country)?.toUpperCase();
  const body = {
    partnerId,
    name: text(o.name) ?? text(address.address_1),
    address: text(address.address_1),
    city: text(address.city),
    postalCode: text(address.postal_code),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    latitude: num(o.latitude) ?? null,
    longitude: num(o.longitude) ?? null,
    transportation: text(o.transportation),
  };
  // Coordinates stand or fall together.
  if (
    body.latitude === null ||
    body.longitude === null ||
    Math.abs(body.latitude) > 90 ||
    Math.abs(body.longitude) > 180
  ) {
    if (body.latitude !== null || body.longitude !== null)
      notes.push({ path: `${path}.latitude`, reason: 'field_dropped' });
    body.latitude = null;
    body.longitude = null;
  }
  return fitBody(createPartnerLocationBody, body, path, notes, ['name', 'partnerId']);
}

const ourTerm = (taxonomy: 'service-type' | 'target-group', uri: string | undefined) => {
  const prefix = `${taxonomyBase}:${taxonomy}:`;
  return uri?.startsWith(prefix) ? uri.slice(prefix.length) : undefined;
};

/** Weekly opening hours from HSDS schedules; anything else (a date, a monthly rule) is noted and left out. */
function hoursFrom(schedules: Json[], path: string, notes: Note[]) {
  return schedules.flatMap((s, i) => {
    const days = (text(s.byday) ?? '').split(',').map((d) => d.trim().toUpperCase());
    const opens = text(s.opens_at)?.slice(0, 5);
    const closes = text(s.closes_at)?.slice(0, 5);
    const weekly = (text(s.freq) ?? 'WEEKLY').toUpperCase() === 'WEEKLY';
    if (!weekly || !opens || !closes || days.some((d) => !(weekdays as readonly string[]).includes(d))) {
      notes.push({ path: `${path}.schedules[${i}]`, reason: 'schedule_unsupported' });
      return [];
    }
    return [{ days, opensAt: opens, closesAt: closes, note: text(s.description) }];
  });
}

export function serviceFrom(o: Json, partnerId: string, path: string, notes: Note[]) {
  const types = new Set<string>();
  const groups = new Set<string>();
  list(o.attributes).forEach((a, i) => {
    const term = (a.taxonomy_term ?? {}) as Json;
    const uri = text(term.term_uri);
    const type = ourTerm('service-type', uri);
    const group = ourTerm('target-group', uri);
    if (type && (serviceTypeKeys as readonly string[]).includes(type)) types.add(type);
    else if (group && (targetGroupKeys as readonly string[]).includes(group)) groups.add(group);
    else
      notes.push({
        path: `${path}.attributes[${i}]`,
        reason: 'taxonomy_unknown',
        vars: { code: text(term.code) ?? '?' },
      });
  });
  if (types.size === 0) types.add('other');
  const status = text(o.status);
  const body = {
    partnerId,
    name: text(o.name),
    description: text(o.description),
    status: status && (partnerServiceStatuses as readonly string[]).includes(status) ? status : 'active',
    serviceTypes: [...types],
    targetGroups: [...groups],
    eligibility: text(o.eligibility_description),
    minimumAge: num(o.minimum_age) ?? null,
    maximumAge: num(o.maximum_age) ?? null,
    languages: list(o.languages).flatMap((l) => {
      const code = text(l.code)?.toLowerCase();
      return code && /^[a-z]{2,3}$/.test(code) ? [code] : [];
    }),
    email: text(o.email),
    url: text(o.url),
    phone: firstPhone(o),
    applicationProcess: text(o.application_process),
    feesDescription: text(o.fees_description),
    hours: hoursFrom(list(o.schedules), path, notes),
  };
  return fitBody(createPartnerServiceBody, body, path, notes, ['name', 'partnerId', 'serviceTypes']);
}
