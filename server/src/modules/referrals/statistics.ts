import { sql } from 'kysely';
import type { z } from 'zod';
import { type referralStatistics, referralStatuses } from '#core/schemas/referrals';
import type { Tx } from '../../platform/db/tenancy';

/**
 * A period's referrals (by the day they were made): by status, by partner and
 * by reason with how many were completed, and the days to an outcome. No
 * person is named in the answer.
 */
export async function readReferralStatistics(
  tx: Tx,
  q: { from: string; to: string },
): Promise<z.infer<typeof referralStatistics>> {
  const inPeriod = sql`r.referred_on BETWEEN ${q.from}::date AND ${q.to}::date`;
  const byStatus = await sql<{ status: string; count: number }>`
    SELECT r.status, count(*)::int AS count FROM referrals r WHERE ${inPeriod} GROUP BY r.status`.execute(tx);
  const byPartner = await sql<{ partner_id: string; partner_name: string; count: number; completed: number }>`
    SELECT p.id AS partner_id, p.name AS partner_name, count(*)::int AS count,
           count(*) FILTER (WHERE r.status = 'completed')::int AS completed
    FROM referrals r
    JOIN partner_services s ON s.organisation_id = r.organisation_id AND s.id = r.partner_service_id
    JOIN partners p ON p.organisation_id = s.organisation_id AND p.id = s.partner_id
    WHERE ${inPeriod} GROUP BY p.id, p.name ORDER BY count DESC, p.name`.execute(tx);
  const byReason = await sql<{ reason_id: string | null; count: number; completed: number }>`
    SELECT r.reason_id, count(*)::int AS count, count(*) FILTER (WHERE r.status = 'completed')::int AS completed
    FROM referrals r WHERE ${inPeriod} GROUP BY r.reason_id ORDER BY count DESC`.execute(tx);
  const days = await sql<{ median: number | null; count: number }>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.status_on - r.referred_on)::float AS median, count(*)::int AS count
    FROM referrals r WHERE ${inPeriod} AND r.status IN ('completed', 'declined', 'no_show')`.execute(tx);
  const counts = new Map(byStatus.rows.map((r) => [r.status, r.count]));
  return {
    from: q.from,
    to: q.to,
    total: byStatus.rows.reduce((n, r) => n + r.count, 0),
    byStatus: referralStatuses.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    byPartner: byPartner.rows.map((r) => ({
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      count: r.count,
      completed: r.completed,
    })),
    byReason: byReason.rows.map((r) => ({ reasonId: r.reason_id, count: r.count, completed: r.completed })),
    daysToOutcome: { median: days.rows[0]?.median ?? null, count: days.rows[0]?.count ?? 0 },
  };
}
