import type { ContactWho } from '../contacts/contactBody';

/**
 * "Saved" said the moment a card is on the phone's disk, by a notice of its
 * own in the frame: re-rendering the whole contact form to say it would cost
 * more than the saving itself on a cheap phone (bench/offline-save.ts).
 */
type Kind = ContactWho['kind'];
let kind: Kind | null = null;
const listeners = new Set<() => void>();

export const savedNotice = {
  get: () => kind,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  show(next: Kind | null) {
    kind = next;
    for (const l of listeners) l();
  },
};
