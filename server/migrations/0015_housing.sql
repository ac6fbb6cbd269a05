-- Beds and housing: the beds and rooms of a site, placements of people into them
-- (start, planned end, end, outcome), and each site's waiting list.
--
-- No bed is given twice for the same night, and no person is in two places at once:
-- PostgreSQL itself refuses it with exclusion constraints (decision 014), so two
-- receptionists booking the same bed at the same moment cannot both succeed, whatever
-- the screens showed them. A stay occupies [start_on, end_on): the person leaves on
-- end_on and the bed is free that same day; no end yet means until further notice.

-- `=` on uuid inside a GiST index, next to the range's `&&` (a trusted contrib extension,
-- like btree_gin in 0007).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE housing_units (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  site_id uuid NOT NULL,
  label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
  kind text NOT NULL CHECK (kind IN ('bed','room')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  -- The target of a placement's (site, unit) key: a placement's unit is one of its site's.
  CONSTRAINT housing_units_site_unit_key UNIQUE (organisation_id, site_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id)
);
-- "Bed 3" and "bed 3" are the same bed to the people reading the board.
CREATE UNIQUE INDEX housing_units_label_key ON housing_units (organisation_id, site_id, lower(label));

CREATE TABLE housing_placements (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  site_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  start_on date NOT NULL,
  planned_end_on date CHECK (planned_end_on >= start_on),
  end_on date CHECK (end_on >= start_on),
  -- core/schemas/housing.ts placementOutcomes; 'moved' only from a move to another unit.
  outcome text CHECK (outcome IN ('independent_housing','other_facility','family','treatment_or_hospital',
                                  'left_without_notice','rules_breach','did_not_arrive','deceased','other','moved')),
  -- The stay this one continues after a move.
  moved_from_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id, unit_id) REFERENCES housing_units (organisation_id, site_id, id),
  FOREIGN KEY (organisation_id, moved_from_id) REFERENCES housing_placements (organisation_id, id),
  -- An ended stay says how it ended; an open one does not yet.
  CHECK ((end_on IS NULL) = (outcome IS NULL)),
  -- One stay per unit at a time (an empty range, ended the day it began, holds nothing).
  CONSTRAINT housing_placements_unit_free EXCLUDE USING gist
    (organisation_id WITH =, unit_id WITH =, daterange(start_on, end_on, '[)') WITH &&),
  -- One stay per person at a time, across all sites.
  CONSTRAINT housing_placements_one_per_person EXCLUDE USING gist
    (organisation_id WITH =, client_id WITH =, daterange(start_on, end_on, '[)') WITH &&)
);
CREATE INDEX housing_placements_site_idx ON housing_placements (organisation_id, site_id, start_on);
CREATE INDEX housing_placements_client_idx ON housing_placements (organisation_id, client_id, start_on);

CREATE TABLE housing_waiting_list (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  site_id uuid NOT NULL,
  -- A code, never free text about the person.
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal','urgent')),
  added_on date NOT NULL,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting','placed','withdrawn')),
  status_on date NOT NULL CHECK (status_on >= added_on),
  placement_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, site_id) REFERENCES sites (organisation_id, id),
  FOREIGN KEY (organisation_id, placement_id) REFERENCES housing_placements (organisation_id, id),
  -- A wait ends in a placement exactly when it is 'placed'.
  CHECK ((status = 'placed') = (placement_id IS NOT NULL))
);
-- A person waits at most once per site at a time.
CREATE UNIQUE INDEX housing_waiting_list_one_waiting ON housing_waiting_list (organisation_id, site_id, client_id)
  WHERE status = 'waiting';
CREATE INDEX housing_waiting_list_site_idx ON housing_waiting_list (organisation_id, site_id, status, added_on);
CREATE INDEX housing_waiting_list_client_idx ON housing_waiting_list (organisation_id, client_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['housing_units','housing_placements','housing_waiting_list'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org())', t);
  END LOOP;
END $$;

-- No DELETE: a stay or a wait is ended or withdrawn, never erased (the history is the record).
GRANT SELECT, INSERT, UPDATE ON housing_units, housing_placements, housing_waiting_list TO kontakt_app;
