-- Individual support plans (decision 019): agreed with the person (when, how),
-- goals by domain with a target day and a status, steps with an owner (a worker,
-- or the person) and a due day, reviews, and the plan's history. Goal
-- descriptions and review notes are sealed at rest (AAD), step titles are not.

CREATE TABLE support_plans (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  agreed_on date NOT NULL,
  agreed_how text NOT NULL CHECK (agreed_how IN ('in_person', 'in_field', 'phone', 'other')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  closed_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
  CHECK (closed_on IS NULL OR closed_on >= agreed_on)
);
-- One plan at a time is worked on with a person.
CREATE UNIQUE INDEX support_plans_one_active ON support_plans (organisation_id, client_id) WHERE status = 'active';

CREATE TABLE plan_goals (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  position integer NOT NULL,
  domain text NOT NULL CHECK (domain IN ('housing', 'documents', 'health', 'treatment', 'income', 'work', 'family', 'legal', 'safety')),
  description_enc text NOT NULL,
  target_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
  status_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES support_plans (organisation_id, id)
);
CREATE INDEX plan_goals_plan_idx ON plan_goals (organisation_id, plan_id, position);
CREATE INDEX plan_goals_open_idx ON plan_goals (organisation_id, target_on) WHERE status = 'open';

CREATE TABLE plan_steps (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  goal_id uuid NOT NULL,
  position integer NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  due_on date,
  owner_user_id uuid,
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id),
  FOREIGN KEY (organisation_id, owner_user_id) REFERENCES users (organisation_id, id)
);
CREATE INDEX plan_steps_goal_idx ON plan_steps (organisation_id, goal_id, position);
CREATE INDEX plan_steps_due_idx ON plan_steps (organisation_id, due_on) WHERE done_on IS NULL;

CREATE TABLE plan_reviews (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  reviewed_on date NOT NULL,
  notes_enc text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES support_plans (organisation_id, id)
);
CREATE INDEX plan_reviews_plan_idx ON plan_reviews (organisation_id, plan_id, reviewed_on);

-- What happened to the plan, in order: never the sealed texts, only what changed.
CREATE TABLE plan_history (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  by_user_id uuid,
  what text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES support_plans (organisation_id, id)
);
CREATE INDEX plan_history_plan_idx ON plan_history (organisation_id, plan_id, at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['support_plans', 'plan_goals', 'plan_steps', 'plan_reviews', 'plan_history'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (organisation_id = (SELECT kontakt_current_org())) WITH CHECK (organisation_id = (SELECT kontakt_current_org()))', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON support_plans, plan_goals, plan_steps TO kontakt_app;
GRANT SELECT, INSERT ON plan_reviews, plan_history TO kontakt_app;
-- Key rotation re-seals review notes in place; nothing else of a review changes.
GRANT UPDATE (notes_enc) ON plan_reviews TO kontakt_app;
