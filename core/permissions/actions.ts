/**
 * Every action a route can name. A route names exactly one action; the policy
 * table maps roles to the actions they may perform. Adding a route means adding
 * (or reusing) an action here and a rule in policy.ts, or the permission-matrix
 * test fails.
 */
export const actions = [
  // self-service, any signed-in user
  'self.read',
  'self.update',
  // organisation settings
  'organisation.read',
  'organisation.manage',
  // users and roles
  'users.read',
  'users.manage',
  // sites, teams, areas and spots
  'sites.read',
  'sites.manage',
  'teams.read',
  'teams.manage',
  'areas.read',
  'areas.manage',
  // catalogues (materials, services, topics, ...)
  'catalogues.read',
  'catalogues.manage',
  // audit trail
  'audit.read',
  'audit.verify',
  // sessions of other users
  'sessions.manage',
  // people served: look up (pseudonym, code) and create, read the record, edit it,
  // open the identity record with a reason, merge duplicates
  'clients.lookup',
  'clients.create',
  'clients.read',
  'clients.update',
  'clients.identity',
  'clients.merge',
  // outreach: shifts (plan and run; review = approve or return the work report),
  // contacts (each role within its scope: all, own team, or own records), stock
  'shifts.read',
  'shifts.manage',
  'shifts.review',
  'contacts.read',
  'contacts.create',
  'contacts.update',
  'stock.read',
  'stock.manage',
  // outreach figures for a period (viewers get them aggregated and suppressed),
  // and the coordinator's view of each worker's period
  'outreach.statistics',
  'workers.monitor',
  // the client's programme episodes
  'enrollments.read',
  'enrollments.manage',
  // offline field work: enrol and revoke one's own phones, deliver their outboxes;
  // admins see and revoke every device
  'devices.own',
  'devices.manage',
  'sync.push',
  'sync.pull',
  // the inbox of conflicting offline edits of clients: read it (coordinators, admins),
  // resolve an entry by keeping the client's value or taking the other (coordinators)
  'sync.conflicts',
  'sync.resolve',
  // drop-in, shelters: check people in and out at a site with the services they used
  // (record), read the day sheet and the live occupancy (read)
  'visits.read',
  'visits.record',
  // beds and housing: placements into a bed or room, and each site's waiting list
  'housing.read',
  'housing.manage',
  // counselling: the calendar of appointments (who, when, where, status — never notes),
  // scheduling and closing them, and the notes, which only counsellors write and read,
  // and only of their own disciplines (disciplines.ts)
  'appointments.read',
  'appointments.manage',
  'appointments.notes',
  // health tests: record and read them (counsellors; the result only in the medical
  // discipline), and the aggregated counts without any person or result
  'tests.read',
  'tests.record',
  'tests.statistics',
  // the partner directory: read it (everyone who works with people), keep it (coordinators,
  // admins), and read it as Open Referral HSDS 3.0 (the shared export and API)
  'partners.read',
  'partners.manage',
  'hsds.read',
  // keys partners' systems read the HSDS export with (admins make and revoke them)
  'partners.keys',
  // referrals to partners' services: read them, make them, and record the partner's
  // answer and the outcome (privacy-security.md, "plans, referrals")
  'referrals.read',
  'referrals.create',
  'referrals.manage',
  // individual support plans: read them, and agree, work and review them
  'plans.read',
  'plans.manage',
] as const;
export type Action = (typeof actions)[number];

/**
 * Access levels a route can declare instead of an action:
 * - `public`: no session needed (sign-in, health);
 * - `session`: any session, even one that still has to change its password or
 *   finish two-factor (the steps of signing in);
 * an Action: a full session whose roles allow it.
 */
export type RouteAccess = 'public' | 'session' | Action;
