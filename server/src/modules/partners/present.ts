import type { Selectable } from 'kysely';
import type { Partner, PartnerLocation, PartnerService } from '#core/schemas/partners';
import type { PartnerLocationsTable, PartnerServicesTable, PartnersTable } from './tables';

export function presentPartner(row: Selectable<PartnersTable>): Partner {
  return {
    id: row.id,
    name: row.name,
    alternateName: row.alternate_name,
    description: row.description,
    email: row.email,
    website: row.website,
    phone: row.phone,
    cooperationProcedure: row.cooperation_procedure,
    contacts: row.contacts.map((c) => ({
      name: c.name,
      title: c.title ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
    })),
    active: row.active,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentLocation(row: Selectable<PartnerLocationsTable>): PartnerLocation {
  return {
    id: row.id,
    partnerId: row.partner_id,
    name: row.name,
    address: row.address,
    city: row.city,
    postalCode: row.postal_code,
    country: row.country,
    latitude: row.latitude,
    longitude: row.longitude,
    confidential: row.confidential,
    transportation: row.transportation,
    active: row.active,
  };
}

export type ServiceRow = Selectable<PartnerServicesTable> & { partner_name: string; location_ids: string[] };

export function presentService(row: ServiceRow): PartnerService {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    name: row.name,
    description: row.description,
    status: row.status as PartnerService['status'],
    serviceTypes: row.service_types as PartnerService['serviceTypes'],
    targetGroups: row.target_groups as PartnerService['targetGroups'],
    eligibility: row.eligibility,
    minimumAge: row.minimum_age,
    maximumAge: row.maximum_age,
    languages: row.languages,
    email: row.email,
    url: row.url,
    phone: row.phone,
    applicationProcess: row.application_process,
    feesDescription: row.fees_description,
    hours: row.hours.map((h) => ({ days: h.days, opensAt: h.opensAt, closesAt: h.closesAt, note: h.note ?? null })),
    locationIds: row.location_ids,
    updatedAt: row.updated_at.toISOString(),
  };
}
