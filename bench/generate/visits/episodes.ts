import type { Query } from './organisation';
import type { Setting } from './setting';

/** Adds the open episodes of everyone with visits or done appointments that lack one; answers how many. */
export async function addEpisodes(q: Query, setting: Setting): Promise<number> {
  const { org } = setting;
  // The episodes the API keeps: drop-in from the first to the last visit, counselling from done appointments.
  const episodes = await q<{ n: number }>(
    `WITH spans AS (
         SELECT client_id, 'drop_in' AS programme, min(visit_on) AS first, max(visit_on) AS last
         FROM visits WHERE organisation_id = $1 AND client_id IS NOT NULL GROUP BY client_id
         UNION ALL
         SELECT client_id, 'counselling', min((starts_at AT TIME ZONE $2)::date), max((starts_at AT TIME ZONE $2)::date)
         FROM appointments WHERE organisation_id = $1 AND status = 'done' GROUP BY client_id),
       added AS (
         INSERT INTO enrollments (organisation_id, id, client_id, programme, start_on, last_activity_on, created_by, updated_by)
         SELECT $1, gen_random_uuid(), s.client_id, s.programme, s.first, s.last, $3, $3 FROM spans s
         WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.organisation_id = $1 AND e.client_id = s.client_id
                             AND e.programme = s.programme AND e.exit_on IS NULL)
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
    [org.id, org.timeZone, org.reception.id],
  );
  return episodes[0]!.n;
}
