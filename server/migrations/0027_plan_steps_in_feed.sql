-- Plan steps reach the phone through the change feed, so a worker can tick one
-- off in the field offline (issue 6, "Offline"; decision 019): a step's title,
-- due day, owner and whether it is done, with its goal's domain — never the
-- goal's description or a review (those are sealed and stay on the server).
-- Which steps a phone holds is the loader's rule (its reader's own steps and
-- the person's); here every change that can move a step in or out is noted.
ALTER TABLE changes DROP CONSTRAINT changes_entity_check;
ALTER TABLE changes ADD CONSTRAINT changes_entity_check
  CHECK (entity IN ('client', 'catalogue_item', 'area', 'spot', 'team', 'shift', 'site', 'partner', 'partner_service',
    'plan_step'));

CREATE TRIGGER plan_steps_change AFTER INSERT OR UPDATE OR DELETE ON plan_steps
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('plan_step', 'id');

-- A goal achieved or dropped, a plan closed, a person merged or anonymised: their
-- steps leave the phone, so each of them is noted (the feed sends it as deleted).
CREATE FUNCTION kontakt_note_plan_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kontakt.restoring', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO changes (organisation_id, entity, entity_id)
  SELECT s.organisation_id, 'plan_step', s.id
  FROM plan_steps s
  JOIN plan_goals g ON g.organisation_id = s.organisation_id AND g.id = s.goal_id
  JOIN support_plans p ON p.organisation_id = g.organisation_id AND p.id = g.plan_id
  WHERE s.organisation_id = NEW.organisation_id
    AND CASE TG_ARGV[0]
      WHEN 'goal' THEN g.id = NEW.id
      WHEN 'plan' THEN p.id = NEW.id
      ELSE p.client_id = NEW.id AND p.status = 'active'
    END;
  RETURN NULL;
END $$;

CREATE TRIGGER plan_goals_steps_change AFTER UPDATE OF status ON plan_goals
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION kontakt_note_plan_steps('goal');
CREATE TRIGGER support_plans_steps_change AFTER UPDATE OF status ON support_plans
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION kontakt_note_plan_steps('plan');
CREATE TRIGGER clients_plan_steps_change AFTER UPDATE OF status ON clients
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION kontakt_note_plan_steps('client');

-- The steps that exist already: in the feed from now on.
INSERT INTO changes (organisation_id, entity, entity_id) SELECT organisation_id, 'plan_step', id FROM plan_steps;
