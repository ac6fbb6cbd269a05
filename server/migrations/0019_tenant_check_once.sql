-- The tenant check, evaluated once per statement instead of once per row.
--
-- `organisation_id = kontakt_current_org()` is inlined by the planner into
-- `NULLIF(current_setting('kontakt.organisation_id', true), '')::uuid` and, as a
-- filter, re-evaluated on every row a scan reads: over a year of visits that was
-- half the time of a report (bench/indoor-statistics.ts, docs/performance.md).
-- Written as a sub-select it becomes an initplan: computed once, then compared as
-- a constant (index conditions use it just the same). What a policy admits is
-- unchanged; every `tenant` policy is rewritten, and new ones are written this way
-- (the tenancy test checks).
DO $$
DECLARE
  p record;
BEGIN
  FOR p IN
    SELECT tablename, qual, with_check FROM pg_policies
    WHERE schemaname = 'public' AND policyname = 'tenant'
      AND qual NOT LIKE '%SELECT kontakt_current_org()%'
  LOOP
    EXECUTE format(
      'ALTER POLICY tenant ON %I USING (%s) WITH CHECK (%s)',
      p.tablename,
      replace(p.qual, 'kontakt_current_org()', '(SELECT kontakt_current_org())'),
      replace(coalesce(p.with_check, p.qual), 'kontakt_current_org()', '(SELECT kontakt_current_org())'));
  END LOOP;
END $$;
