import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;

export interface SupportPlansTable {
  organisation_id: string;
  id: string;
  client_id: string;
  agreed_on: Day;
  agreed_how: string;
  status: ColumnType<string, string | undefined, string>;
  closed_on: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PlanGoalsTable {
  organisation_id: string;
  id: string;
  plan_id: string;
  position: number;
  domain: string;
  description_enc: string;
  target_on: string | null;
  status: ColumnType<string, string | undefined, string>;
  status_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanStepsTable {
  organisation_id: string;
  id: string;
  goal_id: string;
  position: number;
  title: string;
  due_on: string | null;
  owner_user_id: string | null;
  done_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanReviewsTable {
  organisation_id: string;
  id: string;
  plan_id: string;
  reviewed_on: Day;
  notes_enc: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface PlanHistoryTable {
  organisation_id: string;
  id: string;
  plan_id: string;
  at: Timestamp;
  by_user_id: string | null;
  what: string;
  details: ColumnType<Record<string, string | number | null>, string, string>;
}

declare module '../../platform/db/types' {
  interface Database {
    support_plans: SupportPlansTable;
    plan_goals: PlanGoalsTable;
    plan_steps: PlanStepsTable;
    plan_reviews: PlanReviewsTable;
    plan_history: PlanHistoryTable;
  }
}
