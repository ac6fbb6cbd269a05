import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A jsonb column: read parsed, written as JSON text. */
type Json = ColumnType<unknown, string, string>;

/** Migration 0012: the stamp of each mergeable field's current value. */
export interface ClientFieldStampsTable {
  organisation_id: string;
  client_id: string;
  field: string;
  hlc: string;
  base: string | null;
  value: Json;
  device_id: string | null;
  user_id: string | null;
  written_at: Timestamp;
}

/** Migration 0012: a value that lost to a concurrent edit, until a coordinator resolves it. */
export interface SyncConflictsTable {
  organisation_id: string;
  id: string;
  client_id: string;
  field: string;
  losing_value: Json;
  losing_hlc: string;
  losing_user_id: string | null;
  losing_device_id: string | null;
  winning_value: Json;
  winning_hlc: string;
  winning_user_id: string | null;
  winning_device_id: string | null;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
  resolved_by: string | null;
  resolution: 'kept' | 'took_other' | null;
}

declare module '../../platform/db/types' {
  interface Database {
    client_field_stamps: ClientFieldStampsTable;
    sync_conflicts: SyncConflictsTable;
  }
}
