-- Offline field work (offline-sync.md): the phones a user enrolled, and the
-- operations their outboxes delivered. An operation is remembered once applied,
-- so a batch sent twice (or retried after a lost answer) changes nothing.
CREATE TABLE devices (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  last_sync_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);
CREATE INDEX devices_user_idx ON devices (organisation_id, user_id);

CREATE TABLE sync_operations (
  organisation_id uuid NOT NULL,
  op_id uuid NOT NULL,
  device_id uuid NOT NULL,
  user_id uuid NOT NULL,
  type text NOT NULL CHECK (char_length(type) <= 64),
  record_id uuid NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, op_id),
  FOREIGN KEY (organisation_id, device_id) REFERENCES devices (organisation_id, id)
);

ALTER TABLE devices ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_operations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON devices USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());
CREATE POLICY tenant ON sync_operations USING (organisation_id = kontakt_current_org())
  WITH CHECK (organisation_id = kontakt_current_org());

GRANT SELECT, INSERT, UPDATE ON devices TO kontakt_app;
GRANT SELECT, INSERT ON sync_operations TO kontakt_app;
