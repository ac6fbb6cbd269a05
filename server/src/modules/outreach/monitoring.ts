import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';

/**
 * The coordinator's view of each worker over a period: shifts worked and their
 * hours (actual, else planned), contacts recorded, new people met, follow-ups
 * overdue now, and work reports waiting for approval. Workers are the members
 * of the chosen team, or of any team.
 */
export async function workerMonitoring(
  tx: Tx,
  organisationId: string,
  query: { from: string; to: string; teamId?: string | undefined },
) {
  const org = await tx
    .selectFrom('organisations')
    .select('time_zone')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const tz = org.time_zone;
  const team = query.teamId ?? null;
  const { rows } = await sql<{
    user_id: string;
    display_name: string;
    shifts: number;
    hours: number;
    contacts: number;
    new_people: number;
    overdue: number;
    waiting: number;
  }>`
    WITH workers AS (
      SELECT DISTINCT u.id, u.display_name FROM users u
      JOIN team_members tm ON tm.organisation_id = u.organisation_id AND tm.user_id = u.id
      WHERE u.status = 'active' AND (${team}::uuid IS NULL OR tm.team_id = ${team}::uuid)),
    worked AS (
      SELECT m.user_id, s.id, s.status,
        EXTRACT(EPOCH FROM COALESCE(s.actual_end - s.actual_start,
          CASE WHEN s.planned_end > s.planned_start THEN s.planned_end - s.planned_start
               ELSE s.planned_end - s.planned_start + interval '24 hours' END)) / 3600 AS hours
      FROM shifts s JOIN shift_members m ON m.organisation_id = s.organisation_id AND m.shift_id = s.id
      WHERE s.shift_on BETWEEN ${query.from}::date AND ${query.to}::date),
    recorded AS (
      SELECT c.worker_id, count(*) AS contacts, count(DISTINCT c.client_id) FILTER (WHERE c.kind = 'first') AS new_people
      FROM contacts c
      WHERE c.occurred_at >= (${query.from}::date)::timestamp AT TIME ZONE ${tz}
        AND c.occurred_at < (${query.to}::date + 1)::timestamp AT TIME ZONE ${tz}
      GROUP BY c.worker_id),
    overdue AS (
      SELECT worker_id, count(*) AS n FROM contacts
      WHERE follow_up_due_on < current_date AND follow_up_done_at IS NULL GROUP BY worker_id)
    SELECT w.id AS user_id, w.display_name,
      (SELECT count(*) FROM worked WHERE worked.user_id = w.id)::int AS shifts,
      COALESCE((SELECT round(sum(hours)::numeric, 2) FROM worked WHERE worked.user_id = w.id), 0)::float AS hours,
      COALESCE(r.contacts, 0)::int AS contacts,
      COALESCE(r.new_people, 0)::int AS new_people,
      COALESCE(o.n, 0)::int AS overdue,
      (SELECT count(*) FROM worked WHERE worked.user_id = w.id AND worked.status = 'submitted')::int AS waiting
    FROM workers w
    LEFT JOIN recorded r ON r.worker_id = w.id
    LEFT JOIN overdue o ON o.worker_id = w.id
    ORDER BY w.display_name`.execute(tx);
  return {
    from: query.from,
    to: query.to,
    items: rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      shifts: r.shifts,
      hours: r.hours,
      contacts: r.contacts,
      newPeople: r.new_people,
      overdueFollowUps: r.overdue,
      reportsWaiting: r.waiting,
    })),
  };
}
