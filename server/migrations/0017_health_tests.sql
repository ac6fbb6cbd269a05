-- Health tests (HIV, HCV, HBV, syphilis… from the test_type catalogue). The result
-- and the linkage to care are medical: sealed per row, opened for medical
-- counsellors only. Coordinators see counts from a per-day rollup that names no
-- person (written in the same transaction as the test).

CREATE TABLE health_tests (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  test_type_id uuid NOT NULL,
  tested_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('rapid','laboratory','self_test','other')),
  site_id uuid,
  -- {"result": …, "linkage": …, "linkageOn": …}, AES-GCM bound to this row (AAD).
  medical_enc text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, test_type_id) REFERENCES catalogue_items (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id)
);
CREATE INDEX health_tests_client_idx ON health_tests (organisation_id, client_id, tested_on);

CREATE TABLE health_test_counts (
  organisation_id uuid NOT NULL,
  tested_on date NOT NULL,
  test_type_id uuid NOT NULL,
  -- The all-zero uuid for tests done outside a site, so the key has no NULL.
  site_key uuid NOT NULL,
  done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
  reactive integer NOT NULL DEFAULT 0 CHECK (reactive >= 0),
  referred integer NOT NULL DEFAULT 0 CHECK (referred >= 0),
  linked integer NOT NULL DEFAULT 0 CHECK (linked >= 0),
  PRIMARY KEY (organisation_id, tested_on, test_type_id, site_key)
);

ALTER TABLE health_tests ENABLE ROW LEVEL SECURITY;
ALTER TABLE health_test_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON health_tests USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
CREATE POLICY tenant ON health_test_counts USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
GRANT SELECT, INSERT, UPDATE ON health_tests, health_test_counts TO kontakt_app;
