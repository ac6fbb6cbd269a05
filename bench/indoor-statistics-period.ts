import type pg from 'pg';

/**
 * The period the statistics cover and the facts of the data in it: the last twelve whole months, the drop-in the
 * one-site figures are of, what the period holds, who is in now, the day of the day sheet, a week of the calendar.
 */
export async function readPeriod(owner: pg.Pool, org: string, tz: string) {
  const localDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(at);
  const today = localDay(new Date());
  // The last twelve whole months before the data ends (the organisation's days).
  const [y, m] = today.split('-').map(Number) as [number, number];
  const toDay = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  const fromDay = new Date(Date.UTC(y - 1, m - 1, 1)).toISOString().slice(0, 10);
  const bounds = (
    await owner.query(
      `SELECT ($1::date)::timestamp AT TIME ZONE $3 AS lo, ($2::date + 1)::timestamp AT TIME ZONE $3 AS hi`,
      [fromDay, toDay, tz],
    )
  ).rows[0] as { lo: Date; hi: Date };
  const q1 = async <R>(text: string, params: unknown[]) => (await owner.query(text, params)).rows[0] as R;
  const dropIn = await q1<{ id: string; name: string }>(
    `SELECT id, name FROM sites WHERE organisation_id = $1 AND type = 'drop_in_centre' ORDER BY name LIMIT 1`,
    [org],
  );
  const inYear = await q1<{ visits: number; site: number; services: number; appointments: number; at_site: number }>(
    `SELECT (SELECT count(*)::int FROM visits WHERE organisation_id = $1 AND visit_on BETWEEN $2 AND $3) AS visits,
              (SELECT count(*)::int FROM visits WHERE organisation_id = $1 AND visit_on BETWEEN $2 AND $3 AND site_id = $6) AS site,
              (SELECT count(*)::int FROM visit_services s JOIN visits v ON v.organisation_id = s.organisation_id AND v.id = s.visit_id
                 WHERE v.organisation_id = $1 AND v.visit_on BETWEEN $2 AND $3) AS services,
              (SELECT count(*)::int FROM appointments WHERE organisation_id = $1 AND starts_at >= $4 AND starts_at < $5) AS appointments,
              (SELECT count(*)::int FROM appointments WHERE organisation_id = $1 AND starts_at >= $4 AND starts_at < $5 AND site_id = $6) AS at_site`,
    [org, fromDay, toDay, bounds.lo, bounds.hi, dropIn.id],
  );
  console.log(`  period ${fromDay} – ${toDay}: ${JSON.stringify(inYear)}`);
  const open = await q1<{ present: number; today: number }>(
    `SELECT count(*) FILTER (WHERE checked_out_at IS NULL AND checked_in_at > now() - interval '1 day')::int AS present,
              count(*) FILTER (WHERE visit_on = $2)::int AS today FROM visits WHERE organisation_id = $1`,
    [org, today],
  );
  // The drop-in's last open day up to today, for its day sheet; a week of its calendar around today.
  const sheetDay = (
    await q1<{ d: string }>(
      'SELECT max(visit_on)::text AS d FROM visits WHERE organisation_id = $1 AND site_id = $2 AND visit_on <= $3',
      [org, dropIn.id, today],
    )
  ).d;
  const weekFrom = localDay(new Date(Date.now() - 3 * 86_400_000));
  const weekTo = localDay(new Date(Date.now() + 3 * 86_400_000));
  return { today, fromDay, toDay, bounds, dropIn, inYear, open, sheetDay, weekFrom, weekTo };
}

export type Period = Awaited<ReturnType<typeof readPeriod>>;
