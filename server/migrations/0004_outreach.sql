-- Outreach: shifts with their members, contacts (first, repeat, anonymous) with
-- services, materials and noted referrals, and stock kept as movements.

CREATE TABLE shifts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  team_id uuid NOT NULL,
  shift_on date NOT NULL,
  planned_start time NOT NULL,
  planned_end time NOT NULL,
  actual_start timestamptz,
  actual_end timestamptz CHECK (actual_end > actual_start),
  channel text NOT NULL CHECK (channel IN ('street','club','agency','party','online','phone')),
  area_id uuid,
  spot_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(spot_ids) <= 50),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','open','submitted','approved','returned')),
  narrative_enc text,
  incident_count integer NOT NULL DEFAULT 0 CHECK (incident_count BETWEEN 0 AND 1000),
  review_comment text CHECK (char_length(review_comment) <= 20000),
  submitted_at timestamptz,
  submitted_by uuid,
  reviewed_at timestamptz,
  reviewed_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id),
  FOREIGN KEY (organisation_id, area_id) REFERENCES areas (organisation_id, id)
);
CREATE INDEX shifts_date_idx ON shifts (organisation_id, shift_on);
CREATE INDEX shifts_team_idx ON shifts (organisation_id, team_id, shift_on);

CREATE TABLE shift_members (
  organisation_id uuid NOT NULL,
  shift_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, shift_id, user_id),
  FOREIGN KEY (organisation_id, shift_id) REFERENCES shifts (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);
CREATE INDEX shift_members_user_idx ON shift_members (organisation_id, user_id);

CREATE TABLE contacts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('first','repeat','anonymous')),
  client_id uuid,
  shift_id uuid,
  occurred_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('street','club','agency','party','online','phone')),
  team_id uuid,
  area_id uuid,
  spot_id uuid,
  worker_id uuid,
  duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 1440),
  topic_ids uuid[] NOT NULL DEFAULT '{}',
  referrals jsonb NOT NULL DEFAULT '[]',
  follow_up_what text CHECK (char_length(follow_up_what) <= 200),
  follow_up_due_on date,
  follow_up_done_at timestamptz,
  notes_enc text,
  initial_situation_enc text,
  changes_enc text,
  head_count integer CHECK (head_count BETWEEN 1 AND 10000),
  breakdown jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, shift_id) REFERENCES shifts (organisation_id, id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id),
  FOREIGN KEY (organisation_id, area_id) REFERENCES areas (organisation_id, id),
  FOREIGN KEY (organisation_id, spot_id) REFERENCES spots (organisation_id, id),
  FOREIGN KEY (organisation_id, worker_id) REFERENCES users (organisation_id, id),
  CHECK ((kind = 'anonymous') = (client_id IS NULL)),
  CHECK ((kind = 'anonymous') = (head_count IS NOT NULL)),
  CHECK ((follow_up_what IS NULL) = (follow_up_due_on IS NULL))
);
CREATE INDEX contacts_time_idx ON contacts (organisation_id, occurred_at);
CREATE INDEX contacts_client_idx ON contacts (organisation_id, client_id, occurred_at) WHERE client_id IS NOT NULL;
CREATE INDEX contacts_shift_idx ON contacts (organisation_id, shift_id) WHERE shift_id IS NOT NULL;
CREATE INDEX contacts_worker_idx ON contacts (organisation_id, worker_id, occurred_at);
CREATE INDEX contacts_follow_up_idx ON contacts (organisation_id, follow_up_due_on)
  WHERE follow_up_due_on IS NOT NULL AND follow_up_done_at IS NULL;

CREATE TABLE contact_services (
  organisation_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  service_id uuid NOT NULL,
  minutes integer CHECK (minutes BETWEEN 0 AND 1440),
  PRIMARY KEY (organisation_id, contact_id, service_id),
  FOREIGN KEY (organisation_id, contact_id) REFERENCES contacts (organisation_id, id),
  FOREIGN KEY (organisation_id, service_id) REFERENCES catalogue_items (organisation_id, id)
);

CREATE TABLE contact_materials (
  organisation_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  material_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity BETWEEN 0 AND 100000),
  returned integer NOT NULL DEFAULT 0 CHECK (returned BETWEEN 0 AND 100000),
  secondary_for integer NOT NULL DEFAULT 0 CHECK (secondary_for BETWEEN 0 AND 10000),
  PRIMARY KEY (organisation_id, contact_id, material_id),
  FOREIGN KEY (organisation_id, contact_id) REFERENCES contacts (organisation_id, id),
  FOREIGN KEY (organisation_id, material_id) REFERENCES catalogue_items (organisation_id, id)
);

-- Stock is never a stored number: the balance is always the sum of its movements.
CREATE TABLE stock_movements (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  material_id uuid NOT NULL,
  team_id uuid,
  site_id uuid,
  kind text NOT NULL CHECK (kind IN ('received','adjustment','handed_out','returned')),
  quantity integer NOT NULL CHECK (quantity <> 0 AND quantity BETWEEN -100000 AND 100000),
  contact_id uuid,
  note text CHECK (char_length(note) <= 200),
  at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, material_id) REFERENCES catalogue_items (organisation_id, id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  FOREIGN KEY (organisation_id, contact_id) REFERENCES contacts (organisation_id, id),
  CHECK ((team_id IS NULL) <> (site_id IS NULL)),
  CHECK (kind <> 'received' OR quantity > 0),
  CHECK (kind <> 'handed_out' OR quantity < 0)
);
CREATE INDEX stock_movements_holder_idx ON stock_movements (organisation_id, material_id, team_id, site_id);

CREATE TABLE stock_thresholds (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  material_id uuid NOT NULL,
  team_id uuid,
  site_id uuid,
  threshold integer NOT NULL CHECK (threshold BETWEEN 0 AND 100000),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, material_id) REFERENCES catalogue_items (organisation_id, id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  CHECK ((team_id IS NULL) <> (site_id IS NULL))
);
CREATE UNIQUE INDEX stock_thresholds_holder_idx ON stock_thresholds
  (organisation_id, material_id, COALESCE(team_id, site_id));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['shifts','shift_members','contacts','contact_services','contact_materials',
                           'stock_movements','stock_thresholds'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON shifts, contacts, stock_movements, stock_thresholds TO kontakt_app;
-- Members and line items are replaced as a whole when a shift or contact is edited.
GRANT SELECT, INSERT, UPDATE, DELETE ON shift_members, contact_services, contact_materials TO kontakt_app;
