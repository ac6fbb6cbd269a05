import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AppointmentsTable {
  organisation_id: string;
  id: string;
  client_id: string;
  counsellor_id: string;
  discipline: string;
  starts_at: Timestamp;
  duration_minutes: number;
  place: string;
  site_id: string | null;
  status: ColumnType<string, string | undefined, string>;
  status_at: NullableTimestamp;
  status_by: string | null;
  notes_enc: string | null;
  notes_at: NullableTimestamp;
  notes_by: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface HealthTestsTable {
  organisation_id: string;
  id: string;
  client_id: string;
  test_type_id: string;
  tested_on: ColumnType<string, string, string>;
  method: string;
  site_id: string | null;
  medical_enc: string;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface HealthTestCountsTable {
  organisation_id: string;
  tested_on: ColumnType<string, string, string>;
  test_type_id: string;
  site_key: string;
  done: number;
  reactive: number;
  referred: number;
  linked: number;
}

declare module '../../platform/db/types' {
  interface Database {
    appointments: AppointmentsTable;
    health_tests: HealthTestsTable;
    health_test_counts: HealthTestCountsTable;
  }
}
