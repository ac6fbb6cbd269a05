import { sql } from 'kysely';
import { recordAudit } from '../audit/record';
import { purgeOldFailures } from '../auth/throttle';
import type { Db } from '../db/pool';
import { withTenant } from '../db/tenancy';

/** Sessions are kept a day past their end (for "who was signed in") and then deleted. */
const sessionGraceHours = 24;

/**
 * Housekeeping that must happen even when nobody signs in: ended sessions
 * and old sign-in failures are deleted. Per organisation, inside its own
 * tenant transaction, with an audit event saying how many.
 */
export async function runMaintenance(
  db: Db,
  organisationIds: readonly string[],
): Promise<{ sessions: number; failures: number }> {
  let sessions = 0;
  for (const organisationId of organisationIds) {
    sessions += await withTenant(db, { organisationId, userId: null }, async (tx) => {
      const result = await tx
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<', sql<Date>`now() - make_interval(hours => ${sessionGraceHours})`),
            eb('revoked_at', '<', sql<Date>`now() - make_interval(hours => ${sessionGraceHours})`),
            eb(
              sql`last_seen_at + make_interval(secs => idle_seconds)`,
              '<',
              sql<Date>`now() - make_interval(hours => ${sessionGraceHours})`,
            ),
          ]),
        )
        .executeTakeFirst();
      const count = Number(result.numDeletedRows);
      if (count > 0) {
        await recordAudit(
          tx,
          { organisationId, userId: null, sessionId: null, ip: null },
          {
            action: 'maintenance.sessions_purged',
            details: { count },
          },
        );
      }
      return count;
    });
  }
  const failures = await purgeOldFailures(db);
  return { sessions, failures };
}
