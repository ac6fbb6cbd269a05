-- Platform: organisations, users, sessions, places, catalogues, keys, audit.
-- Every organisation-owned table leads its primary key with organisation_id
-- (row-level security and, later, distribution by organisation need it).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kontakt_app') THEN
    CREATE ROLE kontakt_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO kontakt_app;

-- The organisation of the current transaction, set by the application with
-- set_config('kontakt.organisation_id', ..., true). No setting → NULL → no rows.
CREATE FUNCTION kontakt_current_org() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('kontakt.organisation_id', true), '')::uuid $$;

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,64}$'),
  default_locale text NOT NULL DEFAULT 'en' CHECK (default_locale IN ('pl', 'cs', 'en', 'uk')),
  time_zone text NOT NULL DEFAULT 'Europe/Warsaw',
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  email text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  roles text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['admin','coordinator','outreach','peer','counsellor','reception','volunteer','viewer']),
  disciplines text[] NOT NULL DEFAULT '{}' CHECK (disciplines <@ ARRAY['legal','social','medical','psychological','addiction']),
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('pl', 'cs', 'en', 'uk')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  must_change_password boolean NOT NULL DEFAULT false,
  totp_secret_enc text,
  totp_pending_secret_enc text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id)
);
-- Sign-in finds a user by email alone, so emails are unique across organisations.
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE user_recovery_codes (
  organisation_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash bytea NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (organisation_id, user_id, code_hash),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);

CREATE TABLE sessions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('password_change', 'two_factor_enrol', 'two_factor_verify', 'full')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  idle_seconds integer NOT NULL CHECK (idle_seconds > 0),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip inet,
  user_agent text CHECK (char_length(user_agent) <= 300),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);
CREATE INDEX sessions_user_idx ON sessions (organisation_id, user_id) WHERE revoked_at IS NULL;
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);

-- Failed sign-ins, keyed by a hash of the email or by the address; not tenant
-- data (it exists before anyone is known), so no organisation and no RLS.
CREATE TABLE login_failures (
  key text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_key_at_idx ON login_failures (key, at);

CREATE TABLE sites (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('drop_in_centre','day_centre','warming_shelter','sanitary_point','night_shelter','hostel','re_adaptation_flat','office')),
  capacity_places integer CHECK (capacity_places BETWEEN 0 AND 10000),
  capacity_beds integer CHECK (capacity_beds BETWEEN 0 AND 10000),
  address text CHECK (char_length(address) <= 200),
  opening_hours text CHECK (char_length(opening_hours) <= 200),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE teams (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE team_members (
  organisation_id uuid NOT NULL,
  team_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, team_id, user_id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);
CREATE INDEX team_members_user_idx ON team_members (organisation_id, user_id);

CREATE TABLE areas (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  description text CHECK (char_length(description) <= 2000),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id)
);

CREATE TABLE spots (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  area_id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('street','club','agency','squat','station','park','online','other')),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, area_id) REFERENCES areas (organisation_id, id)
);

CREATE TABLE catalogue_items (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('material','service','topic','target_group','referral_reason','discipline','test_type','event_type','participant_category')),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  labels jsonb NOT NULL,
  unit text CHECK (unit IN ('piece','pack','set','portion','pair','kit','ml','g')),
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 100,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, kind, key)
);

-- Per-organisation data keys, wrapped (AES-256-GCM) under the master key.
CREATE TABLE organisation_keys (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  version integer NOT NULL CHECK (version >= 1),
  wrapped_key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  PRIMARY KEY (organisation_id, version)
);

-- Append-only, hash-chained audit trail, one chain per organisation.
CREATE TABLE audit_events (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  id uuid NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  session_id uuid,
  device_id uuid,
  ip text CHECK (char_length(ip) <= 64),
  action text NOT NULL CHECK (char_length(action) <= 100),
  entity_type text CHECK (char_length(entity_type) <= 64),
  entity_id text CHECK (char_length(entity_id) <= 64),
  client_id uuid,
  flagged boolean NOT NULL DEFAULT false,
  reason text CHECK (char_length(reason) <= 1000),
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (organisation_id, seq)
);
CREATE INDEX audit_events_at_idx ON audit_events (organisation_id, at DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (organisation_id, actor_user_id, at DESC);
CREATE INDEX audit_events_entity_idx ON audit_events (organisation_id, entity_type, entity_id);
CREATE INDEX audit_events_client_idx ON audit_events (organisation_id, client_id, at DESC) WHERE client_id IS NOT NULL;

CREATE TABLE audit_heads (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  seq bigint NOT NULL,
  hash bytea NOT NULL
);

CREATE FUNCTION audit_events_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_forbid_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_forbid_change();

-- Row-level security: every organisation-owned table sees only the current organisation.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON organisations USING (id = kontakt_current_org()) WITH CHECK (id = kontakt_current_org());

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['users','user_recovery_codes','sessions','sites','teams','team_members','areas','spots',
                           'catalogue_items','organisation_keys','audit_events','audit_heads'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON organisations TO kontakt_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, user_recovery_codes, sessions, sites, teams, team_members,
  areas, spots, catalogue_items TO kontakt_app;
GRANT SELECT, INSERT, UPDATE ON organisation_keys, audit_heads TO kontakt_app;
GRANT SELECT, INSERT ON audit_events TO kontakt_app;
GRANT SELECT, INSERT, DELETE ON login_failures TO kontakt_app;

-- The two look-ups that must cross organisations happen before an organisation
-- is known. They run with the owner's rights and return only ids.
CREATE FUNCTION kontakt_find_login(p_email text)
  RETURNS TABLE (organisation_id uuid, user_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT u.organisation_id, u.id FROM users u WHERE u.email = lower(p_email) $$;

CREATE FUNCTION kontakt_find_session(p_token_hash bytea)
  RETURNS TABLE (organisation_id uuid, session_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT s.organisation_id, s.id FROM sessions s WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL $$;

REVOKE ALL ON FUNCTION kontakt_find_login(text), kontakt_find_session(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kontakt_find_login(text), kontakt_find_session(bytea) TO kontakt_app;
