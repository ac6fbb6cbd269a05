import type { Discipline, Role } from '#core/roles';
import type { siteTypes, spotKinds } from '#core/schemas/places';
import { createArea, createSpot } from '../modules/admin/areas';
import { createOrganisation } from '../modules/admin/organisations';
import { createSite } from '../modules/admin/sites';
import { createTeam, updateTeam } from '../modules/admin/teams';
import { createUser } from '../modules/admin/users';
import type { Keyring } from '../platform/crypto/keyring';
import type { Db } from '../platform/db/pool';
import { withTenant } from '../platform/db/tenancy';
import type { DemoOrganisation } from './data';
import { seedIndoorDemo } from './indoor-seed';
import { pragueOutreach, warsawOutreach } from './outreach-data';
import { seedOutreachDemo } from './outreach-seed';
import { praguePartners, warsawPartners } from './partners-data';
import { seedPartnersDemo } from './partners-seed';
import { seedPlansDemo } from './plans-seed';

/** What the demo's encrypted and hashed fields need: the process's keys. */
export interface DemoKeys {
  keyring: Keyring;
  codeSecretRoot: Buffer;
}

const outreachBySlug = { demo: warsawOutreach, demo2: pragueOutreach } as const;
const partnersBySlug = { demo: warsawPartners, demo2: praguePartners } as const;

export interface SeededLogin {
  email: string;
  role: string;
  organisation: string;
}

/**
 * Creates one demo organisation through the same services the API uses, so
 * the demo shows exactly what real use produces (audit trail included).
 */
export async function seedDemoOrganisation(
  db: Db,
  keys: DemoKeys,
  org: DemoOrganisation,
  password: string,
): Promise<SeededLogin[]> {
  const organisationId = await createOrganisation(db, {
    name: org.name,
    slug: org.slug,
    defaultLocale: org.defaultLocale,
    timeZone: org.timeZone,
  });
  const system = { organisationId, userId: null, sessionId: null, ip: null };
  return withTenant(db, { organisationId, userId: null }, async (tx) => {
    const teamIds = new Map<string, string>();
    for (const name of org.teams) teamIds.set(name, (await createTeam(tx, system, { name, memberIds: [] })).id);
    const members = new Map<string, string[]>();
    const userIds = new Map<string, string>();
    const logins: SeededLogin[] = [];
    for (const u of org.users) {
      const email = `${u.emailLocal}@${org.emailDomain}`;
      const { user } = await createUser(
        tx,
        system,
        {
          email,
          displayName: u.displayName,
          roles: [u.role as Role],
          disciplines: u.disciplines as Discipline[],
          locale: u.locale,
          teamIds: [],
        },
        { password, mustChangePassword: false },
      );
      userIds.set(u.emailLocal, user.id);
      if (u.team) members.set(u.team, [...(members.get(u.team) ?? []), user.id]);
      logins.push({ email, role: u.role, organisation: org.name });
    }
    for (const [team, ids] of members) {
      const teamId = teamIds.get(team);
      if (teamId) await updateTeam(tx, system, teamId, { memberIds: ids });
    }
    for (const s of org.sites) {
      await createSite(tx, system, { ...s, type: s.type as (typeof siteTypes)[number] });
    }
    for (const a of org.areas) {
      const area = await createArea(tx, system, { name: a.name, description: a.description });
      for (const spot of a.spots) {
        await createSpot(tx, system, area.id, { ...spot, kind: spot.kind as (typeof spotKinds)[number] });
      }
    }
    const outreach = outreachBySlug[org.slug as keyof typeof outreachBySlug];
    if (outreach) await seedOutreachDemo(tx, { organisationId, ...keys, users: userIds, teams: teamIds }, outreach);
    // The indoor work of S1 step 4 and S3 step 1, in the Warsaw demo.
    if (org.slug === 'demo') await seedIndoorDemo(tx, { organisationId, keyring: keys.keyring, users: userIds });
    // The partner directory of seed 000 and seed 004 (Warsaw and Gdańsk; Prague and Ostrava).
    const partners = partnersBySlug[org.slug as keyof typeof partnersBySlug];
    if (partners) await seedPartnersDemo(tx, system, partners);
    // S3 step 2 and S5 step 2: plans agreed with two people, and their referrals.
    if (org.slug === 'demo') await seedPlansDemo(tx, { organisationId, keyring: keys.keyring, users: userIds });
    return logins;
  });
}
