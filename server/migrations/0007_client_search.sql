-- Finding a client by pseudonym on 100,000 clients (decision 008, bench/client-search.ts).
-- Under the `tenant` policy PostgreSQL may not use a trigram index: the policy is a
-- security barrier and pg_trgm's operators (and LIKE) are not LEAKPROOF, so every
-- search scanned all of the organisation's clients. The search now runs in a narrow
-- definer function that filters by the organisation itself and returns only ids and
-- scores; the application then reads those rows through row-level security as before.

-- uuid in a GIN index, so the trigram index is per organisation (btree_gin is trusted).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Trigram look-ups (`%`, `<%`) within one organisation: the posting lists are
-- intersected with the organisation's, so the cost follows its size, not the network's.
CREATE INDEX clients_search_trgm ON clients USING gin (organisation_id, search_name gin_trgm_ops);
-- The first letters typed: a range of one organisation's folded names.
CREATE INDEX clients_search_prefix ON clients (organisation_id, search_name text_pattern_ops);
-- Replaced by the first index above; only the search used it.
DROP INDEX clients_search_name_trgm;

-- Candidates for a folded search term (core's searchName; the service asks for at
-- least limits.searchMin characters) in the CURRENT organisation: a prefix, similar as a whole (`%`, pg_trgm's threshold)
-- or similar to a word inside (`<%`), open records only unless p_include_closed, best
-- first (similarity, then last change), at most p_limit (capped at 100). No
-- organisation set → NULL → nothing. It returns ids and scores, never a client's
-- data: the caller reads the rows by id under row-level security.
--
-- The prefix is the range [term, term || U+10FFFF) rather than LIKE, because the
-- statement is planned once for any parameter and LIKE needs a constant pattern to
-- use the index; folded names hold only a-z, 0-9 and spaces, so it is the same set.
CREATE FUNCTION kontakt_search_client_ids(p_term text, p_include_closed boolean, p_limit integer)
  RETURNS TABLE (id uuid, score real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 20 AS
$$
  SELECT c.id, similarity(c.search_name, p_term) AS score
  FROM clients c
  WHERE c.organisation_id = kontakt_current_org()
    AND p_term <> ''
    AND ((c.search_name ~>=~ p_term AND c.search_name ~<~ (p_term || chr(1114111)))
         OR c.search_name % p_term
         OR p_term <% c.search_name)
    AND c.status NOT IN ('merged', 'anonymised')
    AND (p_include_closed OR c.status <> 'closed')
  ORDER BY score DESC, c.updated_at DESC
  LIMIT least(greatest(p_limit, 0), 100)
$$;

REVOKE ALL ON FUNCTION kontakt_search_client_ids(text, boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kontakt_search_client_ids(text, boolean, integer) TO kontakt_app;
