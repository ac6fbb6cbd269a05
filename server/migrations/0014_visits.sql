-- Drop-in and shelters: a visit is a check-in at a site (a known person, or an
-- anonymous head count), the services used during it, and the check-out.

CREATE TABLE visits (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  site_id uuid NOT NULL,
  -- NULL: an anonymous head count (people who gave no pseudonym).
  client_id uuid,
  head_count integer NOT NULL DEFAULT 1 CHECK (head_count BETWEEN 1 AND 10000),
  -- The organisation's calendar day of the check-in: the day sheet and the statistics count by it.
  visit_on date NOT NULL,
  checked_in_at timestamptz NOT NULL,
  checked_out_at timestamptz CHECK (checked_out_at >= checked_in_at),
  checked_out_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  CHECK (client_id IS NULL OR head_count = 1)
);
-- A person is in one place at a time: a check-in locks the person's row and checks them out
-- wherever they are still in. Not a unique index, so that merging two people who are both
-- checked in (their visits move to the one kept) cannot fail on it.
CREATE INDEX visits_open_person_idx ON visits (organisation_id, client_id)
  WHERE checked_out_at IS NULL AND client_id IS NOT NULL;
CREATE INDEX visits_site_day_idx ON visits (organisation_id, site_id, visit_on);
CREATE INDEX visits_open_site_idx ON visits (organisation_id, site_id, checked_in_at) WHERE checked_out_at IS NULL;
CREATE INDEX visits_client_idx ON visits (organisation_id, client_id, visit_on) WHERE client_id IS NOT NULL;

-- Services used during a visit (catalogue kind 'service'), appended as they happen.
CREATE TABLE visit_services (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  visit_id uuid NOT NULL,
  service_id uuid NOT NULL,
  quantity integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 100),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, visit_id) REFERENCES visits (organisation_id, id),
  FOREIGN KEY (organisation_id, service_id) REFERENCES catalogue_items (organisation_id, id)
);
CREATE INDEX visit_services_visit_idx ON visit_services (organisation_id, visit_id);

ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE visit_services ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON visits USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
CREATE POLICY tenant ON visit_services USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
GRANT SELECT, INSERT, UPDATE ON visits, visit_services TO kontakt_app;
