-- A year's services summed without reading every visit_services row of every
-- year: each service row carries its visit's day and site, filled by the
-- database from the visit (a visit's day and site never change), and an index
-- by day answers the statistics from the index alone (bench/indoor-statistics.ts).
ALTER TABLE visit_services ADD COLUMN visit_on date, ADD COLUMN site_id uuid;

UPDATE visit_services s SET visit_on = v.visit_on, site_id = v.site_id
FROM visits v WHERE v.organisation_id = s.organisation_id AND v.id = s.visit_id;

ALTER TABLE visit_services ALTER COLUMN visit_on SET NOT NULL, ALTER COLUMN site_id SET NOT NULL;

-- Runs as the writer, under row-level security: it sees only its own organisation's visit.
CREATE FUNCTION kontakt_visit_service_day() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  SELECT v.visit_on, v.site_id INTO NEW.visit_on, NEW.site_id
  FROM visits v WHERE v.organisation_id = NEW.organisation_id AND v.id = NEW.visit_id;
  RETURN NEW;
END
$$;

CREATE TRIGGER visit_service_day BEFORE INSERT OR UPDATE OF visit_id ON visit_services
  FOR EACH ROW EXECUTE FUNCTION kontakt_visit_service_day();

-- The day and site of a visit are what these copies follow; they are never rewritten.
CREATE FUNCTION kontakt_visit_day_fixed() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'a visit''s day and site do not change' USING ERRCODE = 'check_violation';
END
$$;

CREATE TRIGGER visit_day_fixed BEFORE UPDATE OF visit_on, site_id ON visits
  FOR EACH ROW WHEN (OLD.visit_on IS DISTINCT FROM NEW.visit_on OR OLD.site_id IS DISTINCT FROM NEW.site_id)
  EXECUTE FUNCTION kontakt_visit_day_fixed();

CREATE INDEX visit_services_day_idx ON visit_services (organisation_id, visit_on)
  INCLUDE (site_id, service_id, quantity);
