import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

interface Stamped {
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ShiftsTable extends Stamped {
  organisation_id: string;
  id: string;
  team_id: string;
  shift_on: DateColumn;
  planned_start: string;
  planned_end: string;
  actual_start: NullableTimestamp;
  actual_end: NullableTimestamp;
  channel: string;
  area_id: string | null;
  spot_ids: ColumnType<string[], string[] | undefined, string[]>;
  status: ColumnType<string, string | undefined, string>;
  narrative_enc: string | null;
  incident_count: ColumnType<number, number | undefined, number>;
  review_comment: string | null;
  submitted_at: NullableTimestamp;
  submitted_by: string | null;
  reviewed_at: NullableTimestamp;
  reviewed_by: string | null;
}

export interface ShiftMembersTable {
  organisation_id: string;
  shift_id: string;
  user_id: string;
}

export interface ContactsTable extends Stamped {
  organisation_id: string;
  id: string;
  kind: string;
  client_id: string | null;
  shift_id: string | null;
  occurred_at: Timestamp;
  channel: string;
  team_id: string | null;
  area_id: string | null;
  spot_id: string | null;
  worker_id: string | null;
  duration_minutes: number | null;
  topic_ids: ColumnType<string[], string[] | undefined, string[]>;
  referrals: ColumnType<{ reasonId: string | null; partnerName: string | null; note: string | null }[], string, string>;
  follow_up_what: string | null;
  follow_up_due_on: NullableDate;
  follow_up_done_at: NullableTimestamp;
  notes_enc: string | null;
  initial_situation_enc: string | null;
  changes_enc: string | null;
  head_count: number | null;
  breakdown: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface ContactServicesTable {
  organisation_id: string;
  contact_id: string;
  service_id: string;
  minutes: number | null;
}

export interface ContactMaterialsTable {
  organisation_id: string;
  contact_id: string;
  material_id: string;
  quantity: number;
  returned: number;
  secondary_for: number;
}

export interface StockMovementsTable {
  organisation_id: string;
  id: string;
  material_id: string;
  team_id: string | null;
  site_id: string | null;
  kind: string;
  quantity: number;
  contact_id: string | null;
  note: string | null;
  at: Timestamp;
  recorded_by: string | null;
}

export interface StockThresholdsTable {
  organisation_id: string;
  id: string;
  material_id: string;
  team_id: string | null;
  site_id: string | null;
  threshold: number;
}

declare module '../../platform/db/types' {
  interface Database {
    shifts: ShiftsTable;
    shift_members: ShiftMembersTable;
    contacts: ContactsTable;
    contact_services: ContactServicesTable;
    contact_materials: ContactMaterialsTable;
    stock_movements: StockMovementsTable;
    stock_thresholds: StockThresholdsTable;
  }
}
