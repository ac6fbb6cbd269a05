import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface DevicesTable {
  organisation_id: string;
  id: string;
  user_id: string;
  name: string;
  enrolled_at: Timestamp;
  last_sync_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

export interface SyncOperationsTable {
  organisation_id: string;
  op_id: string;
  device_id: string;
  user_id: string;
  type: string;
  record_id: string;
  applied_at: Timestamp;
}

export interface ChangesTable {
  organisation_id: string;
  xid: ColumnType<string, never, never>;
  seq: ColumnType<number, never, never>;
  entity: string;
  entity_id: string;
  at: Timestamp;
}

declare module '../../platform/db/types' {
  interface Database {
    devices: DevicesTable;
    sync_operations: SyncOperationsTable;
    changes: ChangesTable;
  }
}
