/** One shape of hand-written SQL: its statements, run one after the other with the same parameters. */
export interface Hand {
  label: string;
  statements: string[];
  params: unknown[];
}

/** Occupancy: one pass over the open visits, one over today's, joined to the sites. */
export const occupancyHand = (org: string, today: string): Hand => ({
  label: 'two grouped index scans joined to the sites',
  params: [org, today],
  statements: [
    `SELECT s.id, s.name, s.type, s.capacity_places, s.capacity_beds,
            coalesce(p.present, 0)::int AS present, coalesce(t.n, 0)::int AS visits_today
     FROM sites s
     LEFT JOIN (SELECT site_id, sum(head_count) AS present FROM visits
                WHERE organisation_id = $1 AND checked_out_at IS NULL AND checked_in_at > now() - interval '1 day'
                GROUP BY site_id) p ON p.site_id = s.id
     LEFT JOIN (SELECT site_id, count(*) AS n FROM visits WHERE organisation_id = $1 AND visit_on = $2::date
                GROUP BY site_id) t ON t.site_id = s.id
     WHERE s.organisation_id = $1 AND s.active AND s.type <> 'office'
     ORDER BY s.name`,
  ],
});

/** Drop-in statistics: totals, per site (people, open days, capacity) and services; two shapes. */
export function visitHands(org: string, from: string, to: string, siteId: string | null): Hand[] {
  const where = `v.organisation_id = $1 AND v.visit_on BETWEEN $2::date AND $3::date${siteId ? ' AND v.site_id = $4' : ''}`;
  const params = siteId ? [org, from, to, siteId] : [org, from, to];
  // The services by their own day and site (migration 0020), as the API sums them.
  const services = `SELECT s.service_id, sum(s.quantity)::int AS quantity FROM visit_services s
     WHERE s.organisation_id = $1 AND s.visit_on BETWEEN $2::date AND $3::date${siteId ? ' AND s.site_id = $4' : ''}
     GROUP BY s.service_id`;
  return [
    {
      label: 'totals and sites in one pass (GROUPING SETS), services',
      params,
      statements: [
        `SELECT g.*, coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, count(*)::int AS visits, count(DISTINCT v.client_id)::int AS unique_people,
                      coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous,
                      sum(v.head_count)::int AS people, count(DISTINCT v.visit_on)::int AS days_open
               FROM visits v WHERE ${where} GROUP BY GROUPING SETS ((), (v.site_id))) g
         LEFT JOIN sites st ON st.organisation_id = $1 AND st.id = g.site_id`,
        services,
      ],
    },
    {
      label: 'totals, sites, services (three statements)',
      params,
      statements: [
        `SELECT NULL::uuid AS site_id, count(*)::int AS visits, count(DISTINCT v.client_id)::int AS unique_people,
                coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous
         FROM visits v WHERE ${where}`,
        `SELECT g.*, coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, sum(v.head_count)::int AS people, count(DISTINCT v.visit_on)::int AS days_open
               FROM visits v WHERE ${where} GROUP BY v.site_id) g
         JOIN sites st ON st.organisation_id = $1 AND st.id = g.site_id`,
        services,
      ],
    },
    {
      label: 'distinct people and open days by hashing (three statements)',
      params,
      statements: [
        `SELECT NULL::uuid AS site_id, count(*)::int AS visits,
                coalesce(sum(v.head_count) FILTER (WHERE v.client_id IS NULL), 0)::int AS anonymous,
                (SELECT count(*)::int FROM (SELECT DISTINCT v.client_id FROM visits v WHERE ${where} AND v.client_id IS NOT NULL) d)
                  AS unique_people
         FROM visits v WHERE ${where}`,
        `SELECT d.site_id, sum(d.n)::int AS people, count(*)::int AS days_open,
                coalesce(st.capacity_places, st.capacity_beds) AS capacity
         FROM (SELECT v.site_id, v.visit_on, sum(v.head_count) AS n FROM visits v WHERE ${where} GROUP BY 1, 2) d
         JOIN sites st ON st.organisation_id = $1 AND st.id = d.site_id
         GROUP BY d.site_id, st.capacity_places, st.capacity_beds`,
        services,
      ],
    },
  ];
}

/** Appointment statistics: counts by discipline and status, people seen (done). */
export function appointmentHands(org: string, lo: Date, hi: Date, siteId: string | null): Hand[] {
  const where = `organisation_id = $1 AND starts_at >= $2 AND starts_at < $3${siteId ? ' AND site_id = $4' : ''}`;
  const params = siteId ? [org, lo, hi, siteId] : [org, lo, hi];
  return [
    {
      label: 'one pass (GROUPING SETS)',
      params,
      statements: [
        `SELECT discipline, status, count(*)::int AS count,
                count(DISTINCT client_id) FILTER (WHERE status = 'done')::int AS seen
         FROM appointments WHERE ${where} GROUP BY GROUPING SETS ((discipline, status), ())`,
      ],
    },
    {
      label: 'counts (hash aggregate), people seen',
      params,
      statements: [
        `SELECT discipline, status, count(*)::int AS count FROM appointments WHERE ${where} GROUP BY 1, 2`,
        `SELECT NULL AS discipline, NULL AS status, count(DISTINCT client_id)::int AS seen
         FROM appointments WHERE ${where} AND status = 'done'`,
      ],
    },
  ];
}
