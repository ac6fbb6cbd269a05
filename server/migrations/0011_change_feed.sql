-- The change feed phones pull (offline-sync.md "Reads: a change feed"; decision 011).
-- Triggers note which record changed and in which transaction; the feed sends the
-- record's current state as the reader's scope shows it. The cursor orders by the
-- writing transaction, so a change that commits late is never skipped.
CREATE SEQUENCE change_seq AS bigint;
CREATE TABLE changes (
  organisation_id uuid NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'),
  entity text NOT NULL CHECK (entity IN ('client', 'catalogue_item', 'area', 'spot', 'team', 'shift')),
  entity_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, xid, seq)
);
ALTER SEQUENCE change_seq OWNED BY changes.seq;

-- TG_ARGV: the entity, and the column holding its id (a parent's id for member tables).
CREATE FUNCTION kontakt_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  now_row jsonb;
  old_row jsonb;
BEGIN
  IF current_setting('kontakt.restoring', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP <> 'DELETE' THEN now_row := to_jsonb(NEW); END IF;
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF now_row ->> TG_ARGV[1] IS NOT NULL THEN
    INSERT INTO changes (organisation_id, entity, entity_id)
    VALUES ((now_row ->> 'organisation_id')::uuid, TG_ARGV[0], (now_row ->> TG_ARGV[1])::uuid);
  END IF;
  IF old_row ->> TG_ARGV[1] IS NOT NULL AND (old_row ->> TG_ARGV[1]) IS DISTINCT FROM (now_row ->> TG_ARGV[1]) THEN
    INSERT INTO changes (organisation_id, entity, entity_id)
    VALUES ((old_row ->> 'organisation_id')::uuid, TG_ARGV[0], (old_row ->> TG_ARGV[1])::uuid);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER clients_change AFTER INSERT OR UPDATE OR DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('client', 'id');
CREATE TRIGGER enrollments_change AFTER INSERT OR UPDATE ON enrollments
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('client', 'client_id');
CREATE TRIGGER catalogue_items_change AFTER INSERT OR UPDATE OR DELETE ON catalogue_items
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('catalogue_item', 'id');
CREATE TRIGGER areas_change AFTER INSERT OR UPDATE OR DELETE ON areas
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('area', 'id');
CREATE TRIGGER spots_change AFTER INSERT OR UPDATE OR DELETE ON spots
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('spot', 'id');
CREATE TRIGGER teams_change AFTER INSERT OR UPDATE OR DELETE ON teams
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('team', 'id');
CREATE TRIGGER team_members_change AFTER INSERT OR UPDATE OR DELETE ON team_members
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('team', 'team_id');
CREATE TRIGGER shifts_change AFTER INSERT OR UPDATE OR DELETE ON shifts
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('shift', 'id');
CREATE TRIGGER shift_members_change AFTER INSERT OR UPDATE OR DELETE ON shift_members
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('shift', 'shift_id');

ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON changes USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());
GRANT SELECT, INSERT ON changes TO kontakt_app;
GRANT USAGE ON SEQUENCE change_seq TO kontakt_app;
