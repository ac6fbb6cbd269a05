import type { Contact, UpdateContactBody } from '../../api/contacts';

/** What a recorded card lets one correct while its shift is editable. */
export interface CorrectionDraft {
  /** Minutes, or NaN for "not recorded" (an empty number field). */
  durationMinutes: number;
  topicIds: string[];
  notes: string;
  changes: string;
  followUpWhat: string;
  followUpDueOn: string;
}

export function correctionDraft(contact: Contact): CorrectionDraft {
  return {
    durationMinutes: contact.durationMinutes ?? Number.NaN,
    topicIds: contact.topicIds,
    notes: contact.notes ?? '',
    changes: contact.changes ?? '',
    followUpWhat: contact.followUp?.what ?? '',
    followUpDueOn: contact.followUp?.dueOn ?? '',
  };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/**
 * The PATCH body for a correction: only the fields that changed. A follow-up
 * sent again is stored as a new one (not done), so an unchanged follow-up is
 * never sent — correcting the notes must not reopen a follow-up ticked off. A
 * half-filled follow-up is sent as it is, so the missing half is named next to
 * its field.
 */
export function correctionBody(contact: Contact, draft: CorrectionDraft): UpdateContactBody {
  const body: UpdateContactBody = {};
  const minutes = Number.isNaN(draft.durationMinutes) ? null : draft.durationMinutes;
  if (minutes !== contact.durationMinutes) body.durationMinutes = minutes;
  if (!sameSet(draft.topicIds, contact.topicIds)) body.topicIds = draft.topicIds;
  if (text(draft.notes) !== contact.notes) body.notes = text(draft.notes);
  if (text(draft.changes) !== contact.changes) body.changes = text(draft.changes);
  const what = draft.followUpWhat.trim();
  const given = what !== '' || draft.followUpDueOn !== '';
  const before = contact.followUp;
  if (!given && before) body.followUp = null;
  else if (given && (what !== before?.what || draft.followUpDueOn !== before?.dueOn))
    body.followUp = { what, dueOn: draft.followUpDueOn };
  return body;
}
