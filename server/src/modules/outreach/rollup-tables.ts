import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;

/** When the statistics rollups were last folded, and the time zone their days are in. */
export interface OutreachRollupStateTable {
  organisation_id: string;
  time_zone: string;
  refreshed_at: Timestamp;
}

/** Instants whose local day must be folded again (written by triggers on contacts, materials, clients). */
export interface OutreachDirtyTable {
  organisation_id: string;
  occurred_at: Timestamp;
  /** A contact recorded or materials changed: the day's people can only have grown. */
  only_added: ColumnType<boolean, boolean | undefined, boolean>;
}

/** Contacts and anonymous heads per local day, team and one dimension (channel, area or target group). */
export interface OutreachDailyTable {
  organisation_id: string;
  day: DateColumn;
  dim: 'channel' | 'area' | 'target_group';
  team_id: string | null;
  key: string | null;
  contacts: number;
  anonymous: number;
}

/** Materials handed out per local day, team and dimension key. */
export interface OutreachDailyMaterialsTable {
  organisation_id: string;
  day: DateColumn;
  dim: 'channel' | 'area' | 'target_group';
  team_id: string | null;
  key: string | null;
  material_id: string;
  quantity: ColumnType<string, number | string, number | string>;
}

/** The daily figures summed per local month (first day), once every day of it is folded. */
export interface OutreachMonthlyTable extends Omit<OutreachDailyTable, 'day'> {
  month: DateColumn;
}

/** The daily materials summed per local month. */
export interface OutreachMonthlyMaterialsTable extends Omit<OutreachDailyMaterialsTable, 'day'> {
  month: DateColumn;
}

/** A dense number per person the rollups have met (the bit in the people bitmaps). */
export interface OutreachPersonNumbersTable {
  organisation_id: string;
  client_id: string;
  number: number;
}

/** Who was met per local month, team and dimension key: bitmaps over person numbers, 4096 per chunk. */
export interface OutreachPeopleMonthlyTable {
  organisation_id: string;
  month: DateColumn;
  dim: 'channel' | 'area' | 'target_group';
  team_id: string | null;
  key: string | null;
  chunk: number;
  people: string;
  firsts: string;
}

declare module '../../platform/db/types' {
  interface Database {
    outreach_rollup_state: OutreachRollupStateTable;
    outreach_dirty: OutreachDirtyTable;
    outreach_daily: OutreachDailyTable;
    outreach_daily_materials: OutreachDailyMaterialsTable;
    outreach_monthly: OutreachMonthlyTable;
    outreach_monthly_materials: OutreachMonthlyMaterialsTable;
    outreach_person_numbers: OutreachPersonNumbersTable;
    outreach_people_monthly: OutreachPeopleMonthlyTable;
  }
}
