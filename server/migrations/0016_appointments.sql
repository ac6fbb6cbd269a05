-- Counselling: appointments with a counsellor of a discipline, at a site or in
-- outreach, and their notes, sealed and readable only inside the discipline.

CREATE TABLE appointments (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  discipline text NOT NULL CHECK (discipline IN ('legal','social','medical','psychological','addiction')),
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  place text NOT NULL CHECK (place IN ('site','outreach')),
  site_id uuid,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','done','no_show','cancelled')),
  status_at timestamptz,
  status_by uuid,
  -- AES-GCM under the organisation's data key, bound to this row, column and discipline (AAD).
  notes_enc text,
  notes_at timestamptz,
  notes_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, counsellor_id) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  CHECK ((place = 'site') = (site_id IS NOT NULL))
);
CREATE INDEX appointments_counsellor_idx ON appointments (organisation_id, counsellor_id, starts_at);
CREATE INDEX appointments_site_idx ON appointments (organisation_id, site_id, starts_at) WHERE site_id IS NOT NULL;
CREATE INDEX appointments_client_idx ON appointments (organisation_id, client_id, starts_at);
CREATE INDEX appointments_time_idx ON appointments (organisation_id, starts_at);

ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON appointments USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
GRANT SELECT, INSERT, UPDATE ON appointments TO kontakt_app;
