import type { Selectable } from 'kysely';
import type { Locale } from '#core/i18n/locales';
import type { ServiceRow } from '../present';
import type { PartnerLocationsTable, PartnersTable } from '../tables';
import { derivedId } from './ids';
import { termAttribute } from './terms';

/**
 * Kontakt's directory records as HSDS 3.0 documents. Only the directory is
 * here — partners, their places and services — never a person served, a
 * referral or anything of the organisation's own clients. A confidential place
 * (a women's shelter) goes out with its name and nothing that finds it: no
 * address, no coordinates, no directions.
 */
type Partner = Selectable<PartnersTable>;
type Location = Selectable<PartnerLocationsTable>;
type Json = Record<string, unknown>;

const drop = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

function phone(recordId: string, number: string | null, index = 0) {
  return number ? [{ id: derivedId(recordId, 'phone', index), number, type: 'voice' }] : [];
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languages(serviceId: string, codes: readonly string[]) {
  return codes.map((code, i) => ({
    id: derivedId(serviceId, 'language', i),
    service_id: serviceId,
    code,
    name: languageNames.of(code) ?? code,
  }));
}

export function organizationDocument(p: Partner): Json {
  return drop({
    id: p.id,
    name: p.name,
    alternate_name: p.alternate_name,
    description: p.description ?? '',
    email: p.email,
    website: p.website,
    phones: phone(p.id, p.phone),
    contacts: p.contacts.map((c, i) => {
      const id = derivedId(p.id, 'contact', i);
      return drop({
        id,
        organization_id: p.id,
        name: c.name,
        title: c.title,
        email: c.email,
        phones: phone(id, c.phone ?? null),
      });
    }),
    metadata: [],
  });
}

export function locationDocument(l: Location): Json {
  if (l.confidential) return { id: l.id, organization_id: l.partner_id, location_type: 'physical', name: l.name };
  const address =
    l.address && l.city && l.postal_code && l.country
      ? [
          {
            id: derivedId(l.id, 'address'),
            location_id: l.id,
            address_1: l.address,
            city: l.city,
            state_province: '',
            postal_code: l.postal_code,
            country: l.country,
            address_type: 'physical',
          },
        ]
      : [];
  return drop({
    id: l.id,
    organization_id: l.partner_id,
    location_type: 'physical',
    name: l.name,
    transportation: l.transportation,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: address,
  });
}

function schedules(s: ServiceRow, link: { service_id?: string; service_at_location_id?: string }) {
  return s.hours.map((h, i) =>
    drop({
      id: derivedId(link.service_at_location_id ?? s.id, 'schedule', i),
      ...link,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: h.days.join(','),
      opens_at: `${h.opensAt}:00`,
      closes_at: `${h.closesAt}:00`,
      description: h.note,
    }),
  );
}

export function serviceDocument(s: ServiceRow, locale: Locale): Json {
  return drop({
    id: s.id,
    organization_id: s.partner_id,
    name: s.name,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: s.application_process,
    fees_description: s.fees_description,
    eligibility_description: s.eligibility,
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    last_modified: s.updated_at.toISOString(),
    phones: phone(s.id, s.phone),
    schedules: schedules(s, { service_id: s.id }),
    languages: languages(s.id, s.languages),
    attributes: [
      ...s.service_types.map((k, i) => termAttribute(s.id, 'service-type', k, i, locale)),
      ...s.target_groups.map((k, i) => termAttribute(s.id, 'target-group', k, i, locale)),
    ],
  });
}

/** A service given at a place: the pair's id, the place (as far as it may be shown), the service's hours. */
export function serviceAtLocationDocument(
  pair: { id: string; service_id: string; location_id: string },
  s: ServiceRow,
  l: Location,
): Json {
  return {
    id: pair.id,
    service_id: pair.service_id,
    location_id: pair.location_id,
    schedules: schedules(s, { service_at_location_id: pair.id }),
    location: locationDocument(l),
  };
}
