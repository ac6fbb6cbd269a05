import type { ColumnType, Generated } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string, defaulted by the database. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** Audit columns every organisation-owned record carries (domain.md). */
interface Stamped {
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  slug: string;
  default_locale: string;
  time_zone: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable extends Stamped {
  organisation_id: string;
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  disciplines: ColumnType<string[], string[] | undefined, string[]>;
  locale: ColumnType<string, string | undefined, string>;
  status: ColumnType<string, string | undefined, string>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  totp_secret_enc: string | null;
  totp_pending_secret_enc: string | null;
  totp_enabled_at: NullableTimestamp;
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  last_sign_in_at: NullableTimestamp;
}

export interface UserRecoveryCodesTable {
  organisation_id: string;
  user_id: string;
  code_hash: Buffer;
  used_at: NullableTimestamp;
}

export interface SessionsTable {
  organisation_id: string;
  id: string;
  user_id: string;
  token_hash: Buffer;
  csrf_token: string;
  stage: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_seconds: number;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  key: string;
  at: Timestamp;
}

export interface SitesTable extends Stamped {
  organisation_id: string;
  id: string;
  name: string;
  type: string;
  capacity_places: number | null;
  capacity_beds: number | null;
  address: string | null;
  opening_hours: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface TeamsTable extends Stamped {
  organisation_id: string;
  id: string;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface TeamMembersTable {
  organisation_id: string;
  team_id: string;
  user_id: string;
}

export interface AreasTable extends Stamped {
  organisation_id: string;
  id: string;
  name: string;
  description: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface SpotsTable extends Stamped {
  organisation_id: string;
  id: string;
  area_id: string;
  name: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface CatalogueItemsTable extends Stamped {
  organisation_id: string;
  id: string;
  kind: string;
  key: string;
  labels: ColumnType<Record<string, string>, string, string>;
  unit: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  sort_order: ColumnType<number, number | undefined, number>;
}

export interface OrganisationKeysTable {
  organisation_id: string;
  version: number;
  wrapped_key: Buffer;
  created_at: Timestamp;
  retired_at: NullableTimestamp;
}

export interface AuditEventsTable {
  organisation_id: string;
  /** From a sequence at insert: orders events, may have gaps; the chain position is in audit_seals. */
  number: ColumnType<number, never, never>;
  id: string;
  at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  session_id: string | null;
  device_id: string | null;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  client_id: string | null;
  flagged: ColumnType<boolean, boolean | undefined, never>;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

/** An event's link in its organisation's hash chain, written by the sealer. */
export interface AuditSealsTable {
  organisation_id: string;
  seq: ColumnType<number, number, never>;
  event_number: ColumnType<number, number, never>;
  prev_hash: Buffer;
  hash: Buffer;
}

/** Events appended but not sealed yet (filled by a trigger on audit_events). */
export interface AuditUnsealedTable {
  organisation_id: string;
  event_number: ColumnType<number, never, never>;
}

export interface AuditHeadsTable {
  organisation_id: string;
  seq: ColumnType<number, number, number>;
  hash: Buffer;
}

/**
 * The platform's tables. Modules add theirs by declaration merging
 * (`declare module '.../platform/db/types' { interface Database { ... } }`),
 * so the platform never imports a module.
 */
export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_recovery_codes: UserRecoveryCodesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  sites: SitesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  areas: AreasTable;
  spots: SpotsTable;
  catalogue_items: CatalogueItemsTable;
  organisation_keys: OrganisationKeysTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  audit_seals: AuditSealsTable;
  audit_unsealed: AuditUnsealedTable;
}
export type { Generated };
