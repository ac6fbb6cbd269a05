-- Offline edits of a client's shared profile fields merge field by field (offline-sync.md
-- "Writes"; decisions 007 and 012). Each editable field keeps the stamp of its current value:
-- the hybrid-logical-clock stamp of the edit that wrote it and the stamp its author had seen.
-- A phone's edit made without having seen the current value is concurrent with it: the later
-- stamp wins and the value that lost waits in sync_conflicts for a coordinator.
CREATE TABLE client_field_stamps (
  organisation_id uuid NOT NULL,
  client_id uuid NOT NULL,
  field text NOT NULL CHECK (field IN ('pseudonym', 'targetGroupIds', 'status')),
  -- core/sync/hlc.ts: <ms, 13 digits>:<counter, 5 digits>:<node>; text order is causal order.
  hlc text NOT NULL CHECK (hlc ~ '^[0-9]{13}:[0-9]{5}:.{1,64}$'),
  base text CHECK (base ~ '^[0-9]{13}:[0-9]{5}:.{1,64}$'),
  value jsonb NOT NULL,
  -- The phone that sent it; null for an edit made online.
  device_id uuid,
  user_id uuid,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, client_id, field),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, device_id) REFERENCES devices (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);

CREATE TABLE sync_conflicts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  field text NOT NULL CHECK (field IN ('pseudonym', 'targetGroupIds', 'status')),
  losing_value jsonb NOT NULL,
  losing_hlc text NOT NULL CHECK (losing_hlc ~ '^[0-9]{13}:[0-9]{5}:.{1,64}$'),
  losing_user_id uuid,
  losing_device_id uuid,
  winning_value jsonb NOT NULL,
  winning_hlc text NOT NULL CHECK (winning_hlc ~ '^[0-9]{13}:[0-9]{5}:.{1,64}$'),
  winning_user_id uuid,
  winning_device_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid,
  resolution text CHECK (resolution IN ('kept', 'took_other')),
  PRIMARY KEY (organisation_id, id),
  -- One entry per lost edit: the same edit delivered again (under a new op id) adds none.
  UNIQUE (organisation_id, client_id, field, losing_hlc),
  CHECK ((resolved_at IS NULL) = (resolution IS NULL)),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, losing_user_id) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, winning_user_id) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, resolved_by) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, losing_device_id) REFERENCES devices (organisation_id, id),
  FOREIGN KEY (organisation_id, winning_device_id) REFERENCES devices (organisation_id, id)
);
-- The inbox: open entries first, newest first.
CREATE INDEX sync_conflicts_inbox_idx ON sync_conflicts (organisation_id, (resolved_at IS NULL), created_at DESC);

-- The server's stamp for an edit made now that replaces `prev` (hlc.ts `tick`, node "server"):
-- later than `prev` even when a phone's clock ran ahead of the server's.
CREATE FUNCTION kontakt_server_hlc(prev text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
  prev_ms bigint;
  prev_counter integer;
BEGIN
  IF prev IS NOT NULL THEN
    prev_ms := split_part(prev, ':', 1)::bigint;
    prev_counter := split_part(prev, ':', 2)::integer;
  END IF;
  IF prev IS NULL OR now_ms > prev_ms THEN
    RETURN lpad(now_ms::text, 13, '0') || ':00000:server';
  END IF;
  IF prev_counter >= 99999 THEN
    RETURN lpad((prev_ms + 1)::text, 13, '0') || ':00000:server';
  END IF;
  RETURN lpad(prev_ms::text, 13, '0') || ':' || lpad((prev_counter + 1)::text, 5, '0') || ':server';
END $$;

-- Every change of a mergeable field made on the server (the online PATCH, resolving a
-- conflict, a merge) is stamped now, its base the stamp it replaced, so a phone's edit based
-- on the older value is seen as concurrent. An edit delivered by a phone carries its own
-- stamp: the sync module writes it and says so with kontakt.field_stamped = 'on'.
CREATE FUNCTION kontakt_stamp_client_fields() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  f text;
  now_value jsonb;
  old_value jsonb;
  prev text;
  actor uuid := NULLIF(current_setting('kontakt.user_id', true), '')::uuid;
BEGIN
  IF current_setting('kontakt.restoring', true) = 'on' THEN RETURN NULL; END IF;
  IF current_setting('kontakt.field_stamped', true) = 'on' THEN RETURN NULL; END IF;
  FOREACH f IN ARRAY ARRAY['pseudonym', 'targetGroupIds', 'status'] LOOP
    now_value := CASE f
      WHEN 'pseudonym' THEN to_jsonb(NEW.pseudonym)
      WHEN 'targetGroupIds' THEN to_jsonb(NEW.target_group_ids)
      ELSE to_jsonb(NEW.status) END;
    old_value := CASE f
      WHEN 'pseudonym' THEN to_jsonb(OLD.pseudonym)
      WHEN 'targetGroupIds' THEN to_jsonb(OLD.target_group_ids)
      ELSE to_jsonb(OLD.status) END;
    CONTINUE WHEN now_value = old_value;
    SELECT s.hlc INTO prev FROM client_field_stamps s
      WHERE s.organisation_id = NEW.organisation_id AND s.client_id = NEW.id AND s.field = f;
    INSERT INTO client_field_stamps (organisation_id, client_id, field, hlc, base, value, device_id, user_id)
    VALUES (NEW.organisation_id, NEW.id, f, kontakt_server_hlc(prev), prev, now_value, NULL,
            COALESCE(actor, NEW.updated_by))
    ON CONFLICT (organisation_id, client_id, field) DO UPDATE
      SET hlc = EXCLUDED.hlc, base = EXCLUDED.base, value = EXCLUDED.value, device_id = NULL,
          user_id = EXCLUDED.user_id, written_at = now();
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER clients_field_stamps AFTER UPDATE OF pseudonym, target_group_ids, status ON clients
  FOR EACH ROW EXECUTE FUNCTION kontakt_stamp_client_fields();

ALTER TABLE client_field_stamps ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_conflicts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON client_field_stamps USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());
CREATE POLICY tenant ON sync_conflicts USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());

GRANT SELECT, INSERT, UPDATE ON client_field_stamps TO kontakt_app;
GRANT SELECT, INSERT, UPDATE ON sync_conflicts TO kontakt_app;
