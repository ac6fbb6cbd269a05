-- Outreach statistics from pre-aggregated tables (server/src/modules/outreach/rollup.ts).
--
-- A job folds contacts into rollups by local day; the statistics read the rollups
-- for days that are clean and the contacts themselves for days that are dirty, so a
-- contact counts the moment it is committed. Writes only append to a log: no row is
-- shared by concurrent contact inserts (nothing to wait on), and the job's delete of
-- the log never blocks an insert (the log has no unique key to conflict on).

-- When the rollups were last folded, and in which time zone their days are.
-- Rollups in another zone than the organisation's are not used (the job rebuilds them).
CREATE TABLE outreach_rollup_state (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  time_zone text NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);

-- Instants whose local day must be folded again (a contact recorded, changed or
-- deleted at that time). Append-only; the job deletes what it has folded.
CREATE TABLE outreach_dirty (
  organisation_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  -- A contact recorded (or materials changed): who was met that day can only have grown,
  -- so the month's folded people stay true and only the day's contacts are added live.
  only_added boolean NOT NULL DEFAULT false
);

-- Additive figures per local day and team, under one dimension at a time:
-- channel (every contact has one, so it also gives the totals and the teams),
-- area (key NULL: no area), target_group (named contacts under each of the
-- person's target groups, anonymous contacts under their breakdown).
CREATE TABLE outreach_daily (
  organisation_id uuid NOT NULL,
  day date NOT NULL,
  dim text NOT NULL CHECK (dim IN ('channel','area','target_group')),
  team_id uuid,
  key text,
  contacts integer NOT NULL,
  anonymous integer NOT NULL
);
CREATE INDEX outreach_daily_idx ON outreach_daily (organisation_id, dim, day);

-- Materials handed out per local day, team and dimension key (target_group: named contacts only).
CREATE TABLE outreach_daily_materials (
  organisation_id uuid NOT NULL,
  day date NOT NULL,
  dim text NOT NULL CHECK (dim IN ('channel','area','target_group')),
  team_id uuid,
  key text,
  material_id uuid NOT NULL,
  quantity bigint NOT NULL
);
CREATE INDEX outreach_daily_materials_idx ON outreach_daily_materials (organisation_id, dim, day);

-- The same per local month, summed from the days once every day of the month is folded:
-- a period of whole months reads a few hundred rows.
CREATE TABLE outreach_monthly (
  organisation_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  dim text NOT NULL CHECK (dim IN ('channel','area','target_group')),
  team_id uuid,
  key text,
  contacts integer NOT NULL,
  anonymous integer NOT NULL
);
CREATE INDEX outreach_monthly_idx ON outreach_monthly (organisation_id, dim, month);

CREATE TABLE outreach_monthly_materials (
  organisation_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  dim text NOT NULL CHECK (dim IN ('channel','area','target_group')),
  team_id uuid,
  key text,
  material_id uuid NOT NULL,
  quantity bigint NOT NULL
);
CREATE INDEX outreach_monthly_materials_idx ON outreach_monthly_materials (organisation_id, dim, month);

-- Distinct people do not add up across days or months, but sets do: each person the
-- rollups have met gets a dense number (assigned by the fold, never reused), and who was
-- met per local month, team and dimension key is a bitmap over those numbers, in chunks
-- of 4096 (row under 2 kB: never compressed). A period's people are the bitwise OR of its
-- months; a person's target groups are those when folded (a change to them marks the
-- person's days dirty).
CREATE TABLE outreach_person_numbers (
  organisation_id uuid NOT NULL,
  client_id uuid NOT NULL,
  number integer NOT NULL CHECK (number >= 0),
  PRIMARY KEY (organisation_id, client_id),
  UNIQUE (organisation_id, number)
);

CREATE TABLE outreach_people_monthly (
  organisation_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  dim text NOT NULL CHECK (dim IN ('channel','area','target_group')),
  team_id uuid,
  key text,
  chunk integer NOT NULL CHECK (chunk >= 0),
  people bit(4096) NOT NULL,
  -- Who among them had a first contact card that month.
  firsts bit(4096) NOT NULL
);
CREATE INDEX outreach_people_monthly_idx ON outreach_people_monthly (organisation_id, dim, month);

-- A worker's own contacts outside their teams are counted live (team scope);
-- contacts recorded by someone else than their worker are rare, and only they
-- enter this index.
CREATE INDEX contacts_other_creator_idx ON contacts (organisation_id, created_by, occurred_at)
  WHERE created_by IS DISTINCT FROM worker_id;

CREATE FUNCTION outreach_mark_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO outreach_dirty (organisation_id, occurred_at) VALUES (OLD.organisation_id, OLD.occurred_at);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.occurred_at IS DISTINCT FROM OLD.occurred_at) THEN
    INSERT INTO outreach_dirty (organisation_id, occurred_at, only_added)
    VALUES (NEW.organisation_id, NEW.occurred_at, TG_OP = 'INSERT');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contacts_outreach_insert AFTER INSERT ON contacts
  FOR EACH ROW EXECUTE FUNCTION outreach_mark_contact();
CREATE TRIGGER contacts_outreach_delete AFTER DELETE ON contacts
  FOR EACH ROW EXECUTE FUNCTION outreach_mark_contact();
-- Only a change to what the statistics count; follow-ups and notes are not.
CREATE TRIGGER contacts_outreach_update
  AFTER UPDATE OF kind, client_id, occurred_at, channel, team_id, area_id, worker_id, created_by, head_count, breakdown
  ON contacts FOR EACH ROW
  WHEN ((OLD.kind, OLD.client_id, OLD.occurred_at, OLD.channel, OLD.team_id, OLD.area_id, OLD.worker_id,
         OLD.created_by, OLD.head_count, OLD.breakdown)
        IS DISTINCT FROM
        (NEW.kind, NEW.client_id, NEW.occurred_at, NEW.channel, NEW.team_id, NEW.area_id, NEW.worker_id,
         NEW.created_by, NEW.head_count, NEW.breakdown))
  EXECUTE FUNCTION outreach_mark_contact();

-- Materials of a contact: one statement per change, whatever the number of rows (people unchanged).
CREATE FUNCTION outreach_mark_materials() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outreach_dirty (organisation_id, occurred_at, only_added)
  SELECT DISTINCT c.organisation_id, c.occurred_at, true
  FROM changed m JOIN contacts c ON c.organisation_id = m.organisation_id AND c.id = m.contact_id;
  RETURN NULL;
END $$;
CREATE TRIGGER contact_materials_outreach_insert AFTER INSERT ON contact_materials
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION outreach_mark_materials();
CREATE TRIGGER contact_materials_outreach_delete AFTER DELETE ON contact_materials
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION outreach_mark_materials();
-- An update may move a row to another contact: both sides.
CREATE TRIGGER contact_materials_outreach_update_old AFTER UPDATE ON contact_materials
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION outreach_mark_materials();
CREATE TRIGGER contact_materials_outreach_update_new AFTER UPDATE ON contact_materials
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION outreach_mark_materials();

-- A person's target groups decide where their contacts and their person count: every day they
-- were met is folded again.
CREATE FUNCTION outreach_mark_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outreach_dirty (organisation_id, occurred_at)
  SELECT DISTINCT ON ((c.occurred_at AT TIME ZONE o.time_zone)::date) c.organisation_id, c.occurred_at
  FROM contacts c JOIN organisations o ON o.id = c.organisation_id
  WHERE c.organisation_id = NEW.organisation_id AND c.client_id = NEW.id
  ORDER BY (c.occurred_at AT TIME ZONE o.time_zone)::date;
  RETURN NULL;
END $$;
CREATE TRIGGER clients_outreach_target_groups AFTER UPDATE OF target_group_ids ON clients
  FOR EACH ROW WHEN (OLD.target_group_ids IS DISTINCT FROM NEW.target_group_ids)
  EXECUTE FUNCTION outreach_mark_client();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['outreach_rollup_state','outreach_dirty','outreach_daily','outreach_daily_materials',
                           'outreach_monthly','outreach_monthly_materials','outreach_person_numbers',
                           'outreach_people_monthly'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON outreach_rollup_state TO kontakt_app;
GRANT SELECT, INSERT ON outreach_person_numbers TO kontakt_app;
GRANT SELECT, INSERT, DELETE ON outreach_dirty, outreach_daily, outreach_daily_materials, outreach_monthly,
  outreach_monthly_materials, outreach_people_monthly TO kontakt_app;
