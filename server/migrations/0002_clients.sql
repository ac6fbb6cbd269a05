-- People served: clients (pseudonym + keyed hash of the anonymous code), their
-- encrypted identity records, consents, temporary-code counters and merges.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE clients (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL,
  pseudonym text NOT NULL CHECK (char_length(pseudonym) BETWEEN 1 AND 100),
  -- Lower case, diacritics folded (by the application): what trigram search compares.
  search_name text NOT NULL CHECK (char_length(search_name) <= 100),
  -- HMAC-SHA-256 (hex) of the normalised code under the organisation's secret; never the code.
  code_hash text CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  code_kind text CHECK (code_kind IN ('full', 'temporary')),
  -- A temporary code (NCC0042) is not personal data: it is shown so a worker can say it back.
  temporary_code text CHECK (temporary_code ~ '^NCC[0-9]{4,10}$'),
  birth_year integer CHECK (birth_year BETWEEN 1900 AND 2200),
  age_band text CHECK (age_band IN ('under_15','15_17','18_24','25_34','35_44','45_54','55_64','65_plus')),
  age_missing text CHECK (age_missing IN ('dont_know','prefers_not_to_answer','not_collected')),
  gender text CHECK (gender IN ('woman','man','non_binary','self_described')),
  gender_self_described text CHECK (char_length(gender_self_described) <= 200),
  gender_missing text CHECK (gender_missing IN ('dont_know','prefers_not_to_answer','not_collected')),
  languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
  target_group_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(target_group_ids) <= 20),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive','closed','merged','anonymised')),
  first_contact_on date,
  assigned_worker_id uuid,
  safe_contact_enc text,
  merged_into_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, assigned_worker_id) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, merged_into_id) REFERENCES clients (organisation_id, id),
  CHECK ((code_hash IS NULL) = (code_kind IS NULL)),
  CHECK ((code_kind = 'temporary') = (temporary_code IS NOT NULL)),
  CHECK (NOT (gender IS NOT NULL AND gender_missing IS NOT NULL)),
  CHECK (NOT (age_missing IS NOT NULL AND (birth_year IS NOT NULL OR age_band IS NOT NULL))),
  CHECK ((status = 'merged') = (merged_into_id IS NOT NULL))
);
CREATE INDEX clients_search_name_trgm ON clients USING gin (search_name gin_trgm_ops);
CREATE INDEX clients_code_hash_idx ON clients (organisation_id, code_hash) WHERE code_hash IS NOT NULL;
CREATE INDEX clients_assigned_idx ON clients (organisation_id, assigned_worker_id) WHERE assigned_worker_id IS NOT NULL;

-- The legal identity, optional and apart: one encrypted JSON document per client.
CREATE TABLE client_identities (
  organisation_id uuid NOT NULL,
  client_id uuid NOT NULL,
  data_enc text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, client_id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id)
);

CREATE TABLE client_consents (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('data_processing','sharing_with_partner','photo','contact_by_phone','contact_by_message','research')),
  partner_name text CHECK (char_length(partner_name) <= 200),
  given_on date NOT NULL,
  withdrawn_on date CHECK (withdrawn_on >= given_on),
  method text NOT NULL CHECK (method IN ('verbal','written','electronic')),
  note text CHECK (char_length(note) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id)
);
CREATE INDEX client_consents_client_idx ON client_consents (organisation_id, client_id);

-- The next number of a temporary code (NCC + number), per organisation.
CREATE TABLE temporary_code_counters (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  last_number bigint NOT NULL DEFAULT 0
);

-- A merge of a duplicate into a kept client, with the rows it moved so it can be undone.
CREATE TABLE client_merges (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  kept_id uuid NOT NULL,
  merged_id uuid NOT NULL,
  -- { "<table>.<column>": [row ids] } of every record moved from merged to kept.
  moved jsonb NOT NULL,
  -- What the merge changed on the two records themselves, to put back on undo.
  merged_previous_status text NOT NULL,
  kept_previous_first_contact_on date,
  merged_at timestamptz NOT NULL DEFAULT now(),
  merged_by uuid,
  undone_at timestamptz,
  undone_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, kept_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, merged_id) REFERENCES clients (organisation_id, id)
);
CREATE UNIQUE INDEX client_merges_open_idx ON client_merges (organisation_id, merged_id) WHERE undone_at IS NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['clients','client_identities','client_consents','temporary_code_counters','client_merges'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = kontakt_current_org()) WITH CHECK (organisation_id = kontakt_current_org())', t);
  END LOOP;
END $$;

-- No DELETE: a client is anonymised, never deleted, so counts stay true.
GRANT SELECT, INSERT, UPDATE ON clients, client_identities, client_consents, temporary_code_counters, client_merges TO kontakt_app;
