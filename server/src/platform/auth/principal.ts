import { sql } from 'kysely';
import type { Locale } from '#core/i18n/locales';
import type { Discipline, Role } from '#core/roles';
import { type OrganisationSettings, organisationSettings } from '#core/schemas/organisation';
import type { Tx } from '../db/tenancy';

/** The signed-in user and their organisation, as every handler sees them. */
export interface Principal {
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: Role[];
    disciplines: Discipline[];
    locale: Locale;
    status: string;
    mustChangePassword: boolean;
    twoFactorEnabled: boolean;
  };
  organisation: { id: string; name: string; settings: OrganisationSettings };
}

/** The columns a principal is made of, however they were read. */
export interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  disciplines: string[];
  locale: string;
  status: string;
  must_change_password: boolean;
  two_factor_enabled: boolean;
  organisation_name: string;
  settings: unknown;
}

export function presentPrincipal(organisationId: string, row: PrincipalRow): Principal {
  return {
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles as Role[],
      disciplines: row.disciplines as Discipline[],
      locale: row.locale as Locale,
      status: row.status,
      mustChangePassword: row.must_change_password,
      twoFactorEnabled: row.two_factor_enabled,
    },
    organisation: {
      id: organisationId,
      name: row.organisation_name,
      settings: organisationSettings.parse(row.settings),
    },
  };
}

/** Loads a user and their organisation inside a tenant transaction. */
export async function loadPrincipal(tx: Tx, organisationId: string, userId: string): Promise<Principal | null> {
  const row = await tx
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.roles',
      'users.disciplines',
      'users.locale',
      'users.status',
      'users.must_change_password',
      sql<boolean>`users.totp_enabled_at IS NOT NULL`.as('two_factor_enabled'),
      'organisations.name as organisation_name',
      'organisations.settings',
    ])
    .where('users.organisation_id', '=', organisationId)
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return row ? presentPrincipal(organisationId, row) : null;
}

/** Session timeouts of an organisation, in seconds. */
export function sessionTimeouts(settings: OrganisationSettings) {
  return { idleSeconds: settings.sessionIdleMinutes * 60, absoluteSeconds: settings.sessionAbsoluteHours * 3600 };
}
