import { sql } from 'kysely';
import type { z } from 'zod';
import { canSeeTestResults } from '#core/permissions/disciplines';
import type { LinkageStatus, TestResult, testStatistics } from '#core/schemas/health-tests';
import { organisationSettings } from '#core/schemas/organisation';
import type { Tx } from '../../platform/db/tenancy';
import type { CounsellingContext } from './context';

/** The medical part of a test, as sealed. */
export interface TestMedical {
  result: TestResult;
  linkage: LinkageStatus;
  linkageOn: string | null;
}

/** Where a test is counted: its day, type and site (not its person). */
export interface CountKey {
  testedOn: string;
  testTypeId: string;
  siteId: string | null;
}

const noSite = '00000000-0000-0000-0000-000000000000';

/** What one test adds to its day's counts. */
function contribution(m: TestMedical) {
  return {
    done: 1,
    reactive: m.result === 'reactive' ? 1 : 0,
    referred: m.linkage === 'referred' ? 1 : 0,
    linked: m.linkage === 'confirmed' || m.linkage === 'in_treatment' ? 1 : 0,
  };
}

/** Counts a new test in its day's row, in the test's own transaction. */
export async function countNewTest(tx: Tx, organisationId: string, key: CountKey, medical: TestMedical) {
  const c = contribution(medical);
  await tx
    .insertInto('health_test_counts')
    .values({
      organisation_id: organisationId,
      tested_on: key.testedOn,
      test_type_id: key.testTypeId,
      site_key: key.siteId ?? noSite,
      ...c,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'tested_on', 'test_type_id', 'site_key']).doUpdateSet({
        done: sql`health_test_counts.done + excluded.done`,
        reactive: sql`health_test_counts.reactive + excluded.reactive`,
        referred: sql`health_test_counts.referred + excluded.referred`,
        linked: sql`health_test_counts.linked + excluded.linked`,
      }),
    )
    .execute();
}

/** Moves a test's contribution from what it showed to what it shows now (its row exists since it was counted). */
export async function recountTest(tx: Tx, key: CountKey, before: TestMedical, after: TestMedical) {
  const [b, a] = [contribution(before), contribution(after)];
  await tx
    .updateTable('health_test_counts')
    .set({
      reactive: sql`reactive + ${a.reactive - b.reactive}`,
      referred: sql`referred + ${a.referred - b.referred}`,
      linked: sql`linked + ${a.linked - b.linked}`,
    })
    .where('tested_on', '=', key.testedOn)
    .where('test_type_id', '=', key.testTypeId)
    .where('site_key', '=', key.siteId ?? noSite)
    .execute();
}

/**
 * Tests done, reactive, referred and linked to care per test type over a
 * period (optionally one site), from the rollup: no person, no single result.
 * For a reader who does not see results, a count of reactive results or
 * linkage below the organisation's small-count threshold is hidden — all of
 * them when fewer tests than the threshold were done — so that a day with one
 * test at a small site does not tell whose result it was.
 */
export async function testStatisticsFor(
  tx: Tx,
  ctx: CounsellingContext,
  query: { from: string; to: string; siteId?: string | undefined },
): Promise<z.infer<typeof testStatistics>> {
  let q = tx
    .selectFrom('health_test_counts')
    .select([
      'test_type_id',
      sql<number>`sum(done)::int`.as('done'),
      sql<number>`sum(reactive)::int`.as('reactive'),
      sql<number>`sum(referred)::int`.as('referred'),
      sql<number>`sum(linked)::int`.as('linked'),
    ])
    .where('tested_on', '>=', query.from)
    .where('tested_on', '<=', query.to)
    .groupBy('test_type_id');
  if (query.siteId) q = q.where('site_key', '=', query.siteId);
  const rows = await q.execute();
  const org = await tx
    .selectFrom('organisations')
    .select('settings')
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  const threshold = organisationSettings.parse(org.settings ?? {}).smallCountThreshold;
  const open = canSeeTestResults(ctx.holder);
  // Fewer tests than the threshold: even "0 reactive" would tell each person's result.
  const shown = (n: number, done: number) => (open || (done >= threshold && (n === 0 || n >= threshold)) ? n : null);
  return {
    from: query.from,
    to: query.to,
    threshold,
    items: rows.map((r) => ({
      testTypeId: r.test_type_id,
      done: r.done,
      reactive: shown(r.reactive, r.done),
      referred: shown(r.referred, r.done),
      linked: shown(r.linked, r.done),
    })),
  };
}
