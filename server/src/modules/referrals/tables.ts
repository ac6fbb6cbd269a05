import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ReferralsTable {
  organisation_id: string;
  id: string;
  client_id: string;
  partner_service_id: string;
  reason_id: string | null;
  referred_on: ColumnType<string, string, string>;
  expected_by: ColumnType<string, string, string>;
  accompanied: boolean;
  consent_given: boolean;
  shared: string[];
  status: ColumnType<string, string | undefined, string>;
  status_on: string | null;
  status_by: string | null;
  feedback_enc: string | null;
  source: string;
  source_id: string | null;
  noted_index: number | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

declare module '../../platform/db/types' {
  interface Database {
    referrals: ReferralsTable;
  }
}
