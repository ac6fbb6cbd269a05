-- Every API request resolves its session cookie. Until now that took a look-up
-- of the token, then a tenant transaction reading the session, the user and
-- the organisation: six statements before the route's own work. This function
-- answers it in one. Like kontakt_find_session it runs with the owner's rights
-- and is keyed by the hash of a secret only the cookie's holder has; it returns
-- what that holder may read about themselves anyway (GET /api/me).
CREATE FUNCTION kontakt_session_principal(p_token_hash bytea)
  RETURNS TABLE (
    organisation_id uuid, session_id uuid, user_id uuid, stage text, csrf_token text, idle_seconds integer,
    expired boolean, stale boolean,
    user_status text, email text, display_name text, roles text[], disciplines text[], locale text,
    must_change_password boolean, two_factor_enabled boolean,
    organisation_name text, settings jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT s.organisation_id, s.id, s.user_id, s.stage, s.csrf_token, s.idle_seconds,
         s.expires_at <= now() OR s.last_seen_at + make_interval(secs => s.idle_seconds) <= now(),
         s.last_seen_at < now() - interval '60 seconds',
         u.status, u.email, u.display_name, u.roles, u.disciplines, u.locale,
         u.must_change_password, u.totp_enabled_at IS NOT NULL,
         o.name, o.settings
  FROM sessions s
  JOIN users u ON u.organisation_id = s.organisation_id AND u.id = s.user_id
  JOIN organisations o ON o.id = s.organisation_id
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL
$$;

REVOKE ALL ON FUNCTION kontakt_session_principal(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kontakt_session_principal(bytea) TO kontakt_app;
