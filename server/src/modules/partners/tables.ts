import type { ColumnType } from 'kysely';
import type { OpeningHours, PartnerContact } from '#core/schemas/partners';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface PartnersTable {
  organisation_id: string;
  id: string;
  name: string;
  alternate_name: string | null;
  description: string | null;
  email: string | null;
  website: string | null;
  phone: string | null;
  cooperation_procedure: string | null;
  contacts: Json<PartnerContact[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PartnerLocationsTable {
  organisation_id: string;
  id: string;
  partner_id: string;
  name: string;
  address: string | null;
  city: string | null;
  postal_code: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  confidential: boolean;
  transportation: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PartnerServicesTable {
  organisation_id: string;
  id: string;
  partner_id: string;
  name: string;
  description: string | null;
  status: string;
  service_types: string[];
  target_groups: string[];
  eligibility: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  languages: string[];
  email: string | null;
  url: string | null;
  phone: string | null;
  application_process: string | null;
  fees_description: string | null;
  hours: Json<OpeningHours[]>;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PartnerServiceLocationsTable {
  organisation_id: string;
  id: string;
  service_id: string;
  location_id: string;
  created_at: Timestamp;
}

export interface ApiKeysTable {
  organisation_id: string;
  id: string;
  name: string;
  scope: string;
  token_hash: Buffer;
  created_at: Timestamp;
  created_by: string | null;
  last_used_at: Date | null;
  revoked_at: ColumnType<Date | null, never, Date | string | null>;
  revoked_by: ColumnType<string | null, never, string | null>;
}

declare module '../../platform/db/types' {
  interface Database {
    partners: PartnersTable;
    partner_locations: PartnerLocationsTable;
    partner_services: PartnerServicesTable;
    partner_service_locations: PartnerServiceLocationsTable;
    api_keys: ApiKeysTable;
  }
}
