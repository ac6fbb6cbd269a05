import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: pg returns it as 'YYYY-MM-DD' (see platform/db/pool.ts type parsers). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

interface Stamped {
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ClientsTable extends Stamped {
  organisation_id: string;
  id: string;
  pseudonym: string;
  search_name: string;
  code_hash: string | null;
  code_kind: string | null;
  temporary_code: string | null;
  birth_year: number | null;
  age_band: string | null;
  age_missing: string | null;
  gender: string | null;
  gender_self_described: string | null;
  gender_missing: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  target_group_ids: ColumnType<string[], string[] | undefined, string[]>;
  status: ColumnType<string, string | undefined, string>;
  first_contact_on: NullableDate;
  assigned_worker_id: string | null;
  safe_contact_enc: string | null;
  merged_into_id: string | null;
}

export interface ClientIdentitiesTable extends Stamped {
  organisation_id: string;
  client_id: string;
  data_enc: string;
}

export interface ClientConsentsTable extends Stamped {
  organisation_id: string;
  id: string;
  client_id: string;
  purpose: string;
  partner_name: string | null;
  given_on: DateColumn;
  withdrawn_on: NullableDate;
  method: string;
  note: string | null;
}

export interface TemporaryCodeCountersTable {
  organisation_id: string;
  last_number: ColumnType<number, number | undefined, number>;
}

export interface ClientMergesTable {
  organisation_id: string;
  id: string;
  kept_id: string;
  merged_id: string;
  moved: ColumnType<Record<string, string[]>, string, string>;
  merged_previous_status: string;
  kept_previous_first_contact_on: string | null;
  merged_at: Timestamp;
  merged_by: string | null;
  undone_at: NullableTimestamp;
  undone_by: string | null;
}

declare module '../../platform/db/types' {
  interface Database {
    clients: ClientsTable;
    client_identities: ClientIdentitiesTable;
    client_consents: ClientConsentsTable;
    temporary_code_counters: TemporaryCodeCountersTable;
    client_merges: ClientMergesTable;
  }
}

export interface EnrollmentsTable extends Stamped {
  organisation_id: string;
  id: string;
  client_id: string;
  programme: string;
  start_on: DateColumn;
  engagement_on: NullableDate;
  last_activity_on: DateColumn;
  exit_on: NullableDate;
  exit_reason: string | null;
}

declare module '../../platform/db/types' {
  interface Database {
    enrollments: EnrollmentsTable;
  }
}
