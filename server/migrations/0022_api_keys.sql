-- Keys a partner's system reads a scope of the API with, instead of a person's
-- session: today only `directory` (the HSDS 3.0 export of the partner
-- directory, GET only). The key is shown once when made; only its SHA-256 is kept.

CREATE TABLE api_keys (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  scope text NOT NULL CHECK (scope IN ('directory')),
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid,
  PRIMARY KEY (organisation_id, id)
);

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON api_keys USING (organisation_id = (SELECT kontakt_current_org()))
  WITH CHECK (organisation_id = (SELECT kontakt_current_org()));
GRANT SELECT, INSERT, UPDATE ON api_keys TO kontakt_app;

-- Resolves a presented key before any tenant is known (like kontakt_session_principal):
-- keyed by the hash of a secret only its holder has, it returns the key's organisation
-- and scope, and notes the use at most once a minute.
CREATE FUNCTION kontakt_api_key(p_token_hash bytea)
  RETURNS TABLE (organisation_id uuid, key_id uuid, scope text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  WITH hit AS (
    SELECT k.organisation_id, k.id, k.scope FROM api_keys k
    WHERE k.token_hash = p_token_hash AND k.revoked_at IS NULL
  ), touched AS (
    UPDATE api_keys k SET last_used_at = now()
    FROM hit WHERE k.organisation_id = hit.organisation_id AND k.id = hit.id
      AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '60 seconds')
  )
  SELECT organisation_id, id, scope FROM hit
$$;

REVOKE ALL ON FUNCTION kontakt_api_key(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kontakt_api_key(bytea) TO kontakt_app;
