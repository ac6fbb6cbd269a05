-- Enrollments: a client's episode in a programme (outreach, drop-in, housing,
-- group), opened at the first contact and kept up to date by every later one.

CREATE TABLE enrollments (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  programme text NOT NULL CHECK (programme IN ('outreach','drop_in','housing','group','counselling')),
  start_on date NOT NULL,
  engagement_on date CHECK (engagement_on >= start_on),
  last_activity_on date NOT NULL,
  exit_on date CHECK (exit_on >= start_on),
  exit_reason text CHECK (exit_reason IN ('goal_achieved','moved_away','referred_elsewhere','no_contact','declined','deceased','other')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  CHECK (engagement_on IS NULL OR exit_on IS NULL OR engagement_on <= exit_on),
  CHECK ((exit_on IS NULL) = (exit_reason IS NULL))
);
-- At most one open episode per person and programme.
CREATE UNIQUE INDEX enrollments_open_idx ON enrollments (organisation_id, client_id, programme) WHERE exit_on IS NULL;
CREATE INDEX enrollments_activity_idx ON enrollments (organisation_id, programme, last_activity_on) WHERE exit_on IS NULL;

ALTER TABLE enrollments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON enrollments USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org());
GRANT SELECT, INSERT, UPDATE ON enrollments TO kontakt_app;
