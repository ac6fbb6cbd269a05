import { Kysely, PostgresDialect } from 'kysely';
import { checkInBody } from '../core/schemas/visits';
import { checkIn } from '../server/src/modules/dropin/index';
import { openDatabases } from '../server/src/platform/db/pool';
import { withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import { type Fixture, nth } from './check-in-fixture';

/** The statements one check-in sends, by the service in-process (app role, RLS), as Kysely logs them. */
export async function statementsOfCheckIn(ownerUrl: string, appUrl: string, f: Fixture, n: number) {
  const dbs = openDatabases(ownerUrl, appUrl, 1);
  const captured: string[] = [];
  const logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: dbs.appPool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query.sql);
    },
  });
  try {
    const count = async (input: ReturnType<typeof nth>) => {
      captured.length = 0;
      const ctx = {
        actor: { organisationId: f.org, userId: f.userId, sessionId: null, ip: '127.0.0.1' },
        userId: f.userId,
      };
      const parsed = checkInBody.parse({ ...input, services: input.services.map((serviceId) => ({ serviceId })) });
      await withTenant(logged, { organisationId: f.org, userId: f.userId }, (tx) => checkIn(tx, ctx, parsed));
      // Round trips, and the service's own statements (not BEGIN, the tenant's set_config, COMMIT).
      return {
        trips: captured.length,
        own: captured.filter((q) => !/^\s*(begin|commit|rollback|select set_config)/i.test(q)).length,
      };
    };
    // A regular's first visit today (their episode's last day moves), the same person at another site
    // (the visit there is checked out), and a head count.
    // Every fifth check-in is a head count (see nth): the regular is the first known person from n on.
    const person = nth(f, n % 5 === 4 ? n + 1 : n);
    const regular = await count(person);
    const other = f.sites[(f.sites.indexOf(person.siteId) + 1) % f.sites.length]!;
    const elsewhere = await count({ ...person, siteId: other });
    const anonymous = await count({ ...person, clientId: null, headCount: 2 });
    return { regular, elsewhere, anonymous };
  } finally {
    await logged.destroy();
    await dbs.ownerPool.end().catch(() => undefined);
  }
}

export type CheckInStatements = Awaited<ReturnType<typeof statementsOfCheckIn>>;
