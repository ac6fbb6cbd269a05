-- Referrals to partners' services (decision 018): for a person, a reason, on a
-- day, maybe accompanied, with what the person agreed may be shared; then the
-- partner's answer and what came of it. The feedback is sealed at rest.

CREATE TABLE referrals (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  partner_service_id uuid NOT NULL,
  reason_id uuid,
  referred_on date NOT NULL,
  expected_by date NOT NULL,
  accompanied boolean NOT NULL DEFAULT false,
  consent_given boolean NOT NULL DEFAULT false,
  shared text[] NOT NULL DEFAULT '{}'
    CHECK (shared <@ ARRAY['pseudonym', 'name', 'phone', 'situation', 'health', 'documents']),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'completed', 'no_show')),
  status_on date,
  status_by uuid,
  -- AES-GCM under the organisation's data key, bound to this row and column (AAD).
  feedback_enc text,
  source text NOT NULL DEFAULT 'client' CHECK (source IN ('client', 'contact', 'visit', 'appointment')),
  source_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  FOREIGN KEY (organisation_id, partner_service_id) REFERENCES partner_services (organisation_id, id),
  FOREIGN KEY (organisation_id, reason_id) REFERENCES catalogue_items (organisation_id, id),
  -- Nothing about the person goes to a partner without their consent.
  CHECK (consent_given OR cardinality(shared) = 0),
  CHECK ((source = 'client') = (source_id IS NULL)),
  CHECK (expected_by >= referred_on)
);
CREATE INDEX referrals_client_idx ON referrals (organisation_id, client_id, referred_on);
CREATE INDEX referrals_open_idx ON referrals (organisation_id, expected_by) WHERE status IN ('sent', 'accepted');
CREATE INDEX referrals_period_idx ON referrals (organisation_id, referred_on);

ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON referrals USING (organisation_id = (SELECT kontakt_current_org()))
  WITH CHECK (organisation_id = (SELECT kontakt_current_org()));
GRANT SELECT, INSERT, UPDATE ON referrals TO kontakt_app;
