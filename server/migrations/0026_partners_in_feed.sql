-- The partner directory reaches the phone through the change feed, so a referral
-- can be made in the field offline (issue 6, "Offline"): partners (name, active)
-- and their services (name, status, types, target groups) — never a place's
-- address, nor the cooperation procedure.
ALTER TABLE changes DROP CONSTRAINT changes_entity_check;
ALTER TABLE changes ADD CONSTRAINT changes_entity_check
  CHECK (entity IN ('client', 'catalogue_item', 'area', 'spot', 'team', 'shift', 'site', 'partner', 'partner_service'));
CREATE TRIGGER partners_change AFTER INSERT OR UPDATE OR DELETE ON partners
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('partner', 'id');
CREATE TRIGGER partner_services_change AFTER INSERT OR UPDATE OR DELETE ON partner_services
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('partner_service', 'id');
INSERT INTO changes (organisation_id, entity, entity_id) SELECT organisation_id, 'partner', id FROM partners;
INSERT INTO changes (organisation_id, entity, entity_id) SELECT organisation_id, 'partner_service', id FROM partner_services;
