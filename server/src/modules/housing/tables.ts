import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: pg returns it as 'YYYY-MM-DD' (see platform/db/pool.ts type parsers). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

interface Stamped {
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface HousingUnitsTable extends Stamped {
  organisation_id: string;
  id: string;
  site_id: string;
  label: string;
  kind: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface HousingPlacementsTable extends Stamped {
  organisation_id: string;
  id: string;
  client_id: string;
  site_id: string;
  unit_id: string;
  start_on: DateColumn;
  planned_end_on: NullableDate;
  end_on: NullableDate;
  outcome: string | null;
  moved_from_id: string | null;
}

export interface HousingWaitingListTable extends Stamped {
  organisation_id: string;
  id: string;
  client_id: string;
  site_id: string;
  priority: ColumnType<string, string | undefined, string>;
  added_on: DateColumn;
  status: ColumnType<string, string | undefined, string>;
  status_on: DateColumn;
  placement_id: string | null;
}

declare module '../../platform/db/types' {
  interface Database {
    housing_units: HousingUnitsTable;
    housing_placements: HousingPlacementsTable;
    housing_waiting_list: HousingWaitingListTable;
  }
}
