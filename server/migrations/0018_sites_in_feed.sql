-- Sites reach the phone through the change feed, so reception can check people in
-- at a site offline (issue 5, "Offline"): their name, type, capacity and whether
-- they are open — never an address (a women's shelter's is confidential).
ALTER TABLE changes DROP CONSTRAINT changes_entity_check;
ALTER TABLE changes ADD CONSTRAINT changes_entity_check
  CHECK (entity IN ('client', 'catalogue_item', 'area', 'spot', 'team', 'shift', 'site'));
CREATE TRIGGER sites_change AFTER INSERT OR UPDATE OR DELETE ON sites
  FOR EACH ROW EXECUTE FUNCTION kontakt_note_change('site', 'id');
-- The sites that exist already: in the feed from now on, so phones that synced before get them too.
INSERT INTO changes (organisation_id, entity, entity_id) SELECT organisation_id, 'site', id FROM sites;
