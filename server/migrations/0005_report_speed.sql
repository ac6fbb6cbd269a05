-- Reports over a year of contacts (measured in bench/outreach-statistics.ts, see
-- docs/performance.md): let PostgreSQL scan in parallel under row-level security,
-- and answer the period figures from an index alone.

-- The tenant function only reads a transaction setting, which parallel workers
-- receive from the leader; without this no plan under RLS can use a worker.
ALTER FUNCTION kontakt_current_org() PARALLEL SAFE;

-- The columns the outreach statistics count, in period order: an index-only scan.
CREATE INDEX contacts_period_figures_idx ON contacts (organisation_id, occurred_at)
  INCLUDE (id, client_id, kind, head_count, channel, team_id, area_id, worker_id, created_by);
