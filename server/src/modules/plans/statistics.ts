import { sql } from 'kysely';
import type { z } from 'zod';
import { planDomains, type planStatistics } from '#core/schemas/plans';
import type { Tx } from '../../platform/db/tenancy';

/** Plans agreed in a period, those with a goal achieved, and their goals by domain and status; no person named. */
export async function readPlanStatistics(
  tx: Tx,
  q: { from: string; to: string },
): Promise<z.infer<typeof planStatistics>> {
  const inPeriod = sql`p.agreed_on BETWEEN ${q.from}::date AND ${q.to}::date`;
  const plans = await sql<{ plans: number; with_goal: number }>`
    SELECT count(*)::int AS plans,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM plan_goals g WHERE g.plan_id = p.id AND g.status = 'achieved'))::int AS with_goal
    FROM support_plans p WHERE ${inPeriod}`.execute(tx);
  const goals = await sql<{ domain: string; total: number; achieved: number; dropped: number }>`
    SELECT g.domain, count(*)::int AS total,
           count(*) FILTER (WHERE g.status = 'achieved')::int AS achieved,
           count(*) FILTER (WHERE g.status = 'dropped')::int AS dropped
    FROM plan_goals g JOIN support_plans p ON p.organisation_id = g.organisation_id AND p.id = g.plan_id
    WHERE ${inPeriod} GROUP BY g.domain`.execute(tx);
  const byDomain = new Map(goals.rows.map((g) => [g.domain, g]));
  return {
    from: q.from,
    to: q.to,
    plans: plans.rows[0]?.plans ?? 0,
    withGoalAchieved: plans.rows[0]?.with_goal ?? 0,
    goals: planDomains
      .filter((d) => byDomain.has(d))
      .map((domain) => {
        const g = byDomain.get(domain)!;
        return { domain, total: g.total, achieved: g.achieved, dropped: g.dropped };
      }),
  };
}
