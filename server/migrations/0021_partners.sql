-- The partner directory: institutions the organisation cooperates with, their
-- places and services (type and target group from Kontakt's own taxonomy,
-- core/directory/taxonomy.ts), opening hours, contact persons and the agreed
-- cooperation procedure. Shared as Open Referral HSDS 3.0 (decision 017): the
-- row ids are the HSDS ids, so every export names a record the same way.

CREATE TABLE partners (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  alternate_name text CHECK (char_length(alternate_name) <= 200),
  description text CHECK (char_length(description) <= 20000),
  email text CHECK (char_length(email) <= 254),
  website text CHECK (char_length(website) <= 500),
  phone text CHECK (char_length(phone) <= 40),
  cooperation_procedure text CHECK (char_length(cooperation_procedure) <= 20000),
  -- Work contacts of the partner's staff: [{name, title, email, phone}], read and written whole.
  contacts jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(contacts) = 'array'),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX partners_name_idx ON partners (organisation_id, lower(name));

CREATE TABLE partner_locations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  partner_id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  address text CHECK (char_length(address) <= 200),
  city text CHECK (char_length(city) <= 200),
  postal_code text CHECK (char_length(postal_code) <= 20),
  country text CHECK (country ~ '^[A-Z]{2}$'),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  -- A shelter for women and the like: never shared with its address or coordinates.
  confidential boolean NOT NULL DEFAULT false,
  transportation text CHECK (char_length(transportation) <= 500),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, partner_id) REFERENCES partners (organisation_id, id)
);
CREATE INDEX partner_locations_partner_idx ON partner_locations (organisation_id, partner_id);

CREATE TABLE partner_services (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  partner_id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  description text CHECK (char_length(description) <= 20000),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  service_types text[] NOT NULL CHECK (cardinality(service_types) >= 1),
  target_groups text[] NOT NULL DEFAULT '{}',
  eligibility text CHECK (char_length(eligibility) <= 500),
  minimum_age integer CHECK (minimum_age BETWEEN 0 AND 120),
  maximum_age integer CHECK (maximum_age BETWEEN 0 AND 120),
  languages text[] NOT NULL DEFAULT '{}',
  email text CHECK (char_length(email) <= 254),
  url text CHECK (char_length(url) <= 500),
  phone text CHECK (char_length(phone) <= 40),
  application_process text CHECK (char_length(application_process) <= 500),
  fees_description text CHECK (char_length(fees_description) <= 500),
  -- Opening hours: [{days: ['MO', …], opensAt: 'HH:MM', closesAt: 'HH:MM', note}], read and written whole.
  hours jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(hours) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, partner_id) REFERENCES partners (organisation_id, id),
  CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX partner_services_partner_idx ON partner_services (organisation_id, partner_id);
CREATE INDEX partner_services_types_idx ON partner_services USING gin (service_types);
CREATE INDEX partner_services_modified_idx ON partner_services (organisation_id, updated_at, id);

-- Where a service is given (HSDS service_at_location). Its id stays while the pair exists.
CREATE TABLE partner_service_locations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  service_id uuid NOT NULL,
  location_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, service_id, location_id),
  FOREIGN KEY (organisation_id, service_id) REFERENCES partner_services (organisation_id, id),
  FOREIGN KEY (organisation_id, location_id) REFERENCES partner_locations (organisation_id, id)
);
CREATE INDEX partner_service_locations_location_idx ON partner_service_locations (organisation_id, location_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['partners', 'partner_locations', 'partner_services', 'partner_service_locations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = (SELECT kontakt_current_org())) WITH CHECK (organisation_id = (SELECT kontakt_current_org()))', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON partners, partner_locations, partner_services TO kontakt_app;
GRANT SELECT, INSERT, DELETE ON partner_service_locations TO kontakt_app;
