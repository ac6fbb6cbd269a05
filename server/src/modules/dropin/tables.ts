import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface VisitsTable {
  organisation_id: string;
  id: string;
  site_id: string;
  client_id: string | null;
  head_count: ColumnType<number, number | undefined, number>;
  visit_on: ColumnType<string, string, string>;
  checked_in_at: Timestamp;
  checked_out_at: NullableTimestamp;
  checked_out_by: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface VisitServicesTable {
  organisation_id: string;
  id: string;
  visit_id: string;
  service_id: string;
  quantity: ColumnType<number, number | undefined, number>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  /** The visit's day and site, copied by the database on insert (migration 0020): never written by the app. */
  visit_on: ColumnType<string, never, never>;
  site_id: ColumnType<string, never, never>;
}

declare module '../../platform/db/types' {
  interface Database {
    visits: VisitsTable;
    visit_services: VisitServicesTable;
  }
}
