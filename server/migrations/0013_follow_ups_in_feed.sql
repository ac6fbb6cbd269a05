-- The phone's client index also says how many follow-ups are open for a person
-- and when the next is due (offline-sync.md, "What the phone holds"). A card
-- that sets, moves, ticks off or re-assigns a follow-up puts its person in the
-- change feed; cards without one do not (their activity date already does).
CREATE TRIGGER contacts_follow_up_insert_change AFTER INSERT ON contacts
  FOR EACH ROW WHEN (NEW.follow_up_due_on IS NOT NULL AND NEW.client_id IS NOT NULL)
  EXECUTE FUNCTION kontakt_note_change('client', 'client_id');
CREATE TRIGGER contacts_follow_up_update_change AFTER UPDATE ON contacts
  FOR EACH ROW WHEN (
    OLD.follow_up_due_on IS DISTINCT FROM NEW.follow_up_due_on
    OR OLD.follow_up_done_at IS DISTINCT FROM NEW.follow_up_done_at
    OR (OLD.client_id IS DISTINCT FROM NEW.client_id AND (OLD.follow_up_due_on IS NOT NULL OR NEW.follow_up_due_on IS NOT NULL))
  )
  EXECUTE FUNCTION kontakt_note_change('client', 'client_id');
CREATE TRIGGER contacts_follow_up_delete_change AFTER DELETE ON contacts
  FOR EACH ROW WHEN (OLD.follow_up_due_on IS NOT NULL AND OLD.client_id IS NOT NULL)
  EXECUTE FUNCTION kontakt_note_change('client', 'client_id');
