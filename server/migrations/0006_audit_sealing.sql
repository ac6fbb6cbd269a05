-- Audit events are appended without waiting for each other; the hash chain is
-- built afterwards by a sealing job (decision 008). Before this, every write
-- locked its organisation's chain head until commit, so concurrent writers of
-- one organisation ran one at a time.

-- 1. Events get a number from a sequence at insert (no lock, no gap-free promise).
CREATE SEQUENCE audit_event_number_seq AS bigint;
ALTER TABLE audit_events ADD COLUMN number bigint;
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
UPDATE audit_events e SET number = o.n
FROM (SELECT organisation_id, seq, row_number() OVER (ORDER BY at, organisation_id, seq) AS n FROM audit_events) o
WHERE o.organisation_id = e.organisation_id AND o.seq = e.seq;
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
SELECT setval('audit_event_number_seq', greatest((SELECT max(number) FROM audit_events), 1),
              (SELECT count(*) > 0 FROM audit_events));
ALTER TABLE audit_events ALTER COLUMN number SET DEFAULT nextval('audit_event_number_seq'),
                         ALTER COLUMN number SET NOT NULL;
ALTER SEQUENCE audit_event_number_seq OWNED BY audit_events.number;

-- 2. The chain moves to its own append-only table: one seal per event, in the
--    order the sealer met them; `seq` is the gap-free position in the chain.
CREATE TABLE audit_seals (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  event_number bigint NOT NULL UNIQUE,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (organisation_id, seq)
);
INSERT INTO audit_seals (organisation_id, seq, event_number, prev_hash, hash)
SELECT organisation_id, seq, number, prev_hash, hash FROM audit_events;

ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey;
ALTER TABLE audit_events DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;
ALTER TABLE audit_events ADD PRIMARY KEY (organisation_id, number);

CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION audit_events_forbid_change();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_forbid_change();

-- 3. Events not sealed yet. Every insert notes itself here (a new key, so
--    concurrent writers never touch the same row); the sealer deletes what it seals.
--    A restore loads this table as it was, so it sets kontakt.restoring; an event
--    written that way by anyone else is left outside the chain, which verification reports.
CREATE TABLE audit_unsealed (
  organisation_id uuid NOT NULL,
  event_number bigint NOT NULL,
  PRIMARY KEY (organisation_id, event_number)
);
CREATE FUNCTION audit_events_note_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kontakt.restoring', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO audit_unsealed (organisation_id, event_number) VALUES (NEW.organisation_id, NEW.number);
  RETURN NULL;
END $$;
CREATE TRIGGER audit_events_unsealed AFTER INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_note_unsealed();

ALTER TABLE audit_seals ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_unsealed ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_seals USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());
CREATE POLICY tenant ON audit_unsealed USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());

GRANT USAGE ON SEQUENCE audit_event_number_seq TO kontakt_app;
GRANT SELECT, INSERT ON audit_seals TO kontakt_app;
GRANT SELECT, INSERT, DELETE ON audit_unsealed TO kontakt_app;
