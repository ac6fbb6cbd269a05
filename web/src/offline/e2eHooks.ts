import { v7 as uuidv7 } from 'uuid';
import { contactBody, emptyDraft } from '../modules/contacts/contactBody';
import { queueContact } from './writes';

/**
 * Only in builds for the browser tests (`VITE_E2E_HOOKS=1`, set by
 * scripts/run-e2e.mjs): fills the outbox with anonymous contact cards exactly
 * as the contact form does (same body, same queue), so a spec can build a
 * backlog of hundreds of operations without tapping through hundreds of
 * forms. It grants nothing the form does not: the store must be unlocked.
 */
export function installE2EHooks(): void {
  Object.assign(window, {
    kontaktE2E: {
      async queueAnonymousContacts(shiftId: string, count: number): Promise<void> {
        for (let i = 0; i < count; i++) {
          await queueContact(contactBody(uuidv7(), shiftId, { kind: 'anonymous' }, emptyDraft(null)));
        }
      },
    },
  });
}
