import type pg from 'pg';
import { can } from '../../../core/permissions/policy';
import type { Role } from '../../../core/roles';
import { profiles } from './profiles';

/** A query on the generator's owner connection, answering its rows. */
export type Query = <R extends pg.QueryResultRow>(text: string, params?: unknown[]) => Promise<R[]>;

export type User = { id: string; roles: Role[]; disciplines: string[] };
export type Person = { id: string; created_at: Date };

/** What the generator reads of the organisation before it builds anything. */
export interface Organisation {
  id: string;
  timeZone: string;
  /** Its active sites, by name; `visitSites` those with a profile (all but offices). */
  sites: { id: string; type: string }[];
  visitSites: { id: string; type: string }[];
  /** Active users who may record visits; `reception` the first receptionist among them. */
  recorders: User[];
  reception: User;
  counsellors: User[];
  /** The active `service` catalogue, by key. */
  catalogue: Map<string, string>;
  /** The clients (not merged or anonymised), oldest first. */
  people: Person[];
}

export async function readOrganisation(q: Query, slug: string): Promise<Organisation> {
  const orgRow = (
    await q<{ id: string; time_zone: string }>('SELECT id, time_zone FROM organisations WHERE slug = $1', [slug])
  )[0];
  if (!orgRow) throw new Error(`no organisation ${slug}`);
  const org = orgRow.id;
  const sites = await q<{ id: string; type: string }>(
    `SELECT id, type FROM sites WHERE organisation_id = $1 AND active ORDER BY name`,
    [org],
  );
  const visitSites = sites.filter((s) => s.type in profiles);
  const users = await q<User>(
    `SELECT id, roles, disciplines FROM users WHERE organisation_id = $1 AND status = 'active' ORDER BY email`,
    [org],
  );
  const recorders = users.filter((u) => can(u.roles, 'visits.record'));
  const counsellors = users.filter((u) => u.roles.includes('counsellor'));
  const catalogue = new Map(
    (
      await q<{ id: string; key: string }>(
        `SELECT id, key FROM catalogue_items WHERE organisation_id = $1 AND kind = 'service' AND active ORDER BY sort_order, id`,
        [org],
      )
    ).map((r) => [r.key, r.id]),
  );
  const people = await q<Person>(
    `SELECT id, created_at FROM clients WHERE organisation_id = $1 AND status NOT IN ('merged', 'anonymised') ORDER BY created_at, id`,
    [org],
  );
  if (!visitSites.length || !recorders.length || !catalogue.size || !people.length)
    throw new Error('organisation lacks sites, reception users, services or clients');
  const reception = recorders.find((u) => u.roles.includes('reception')) ?? recorders[0]!;
  return {
    id: org,
    timeZone: orgRow.time_zone,
    sites,
    visitSites,
    recorders,
    reception,
    counsellors,
    catalogue,
    people,
  };
}
