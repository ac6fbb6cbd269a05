import { ApiError } from '../api/errors';
import type { SessionState } from '../api/types';
import { unlockedStore } from './state';
import type { FieldStore } from './store';

/**
 * Reads that work offline. A query of the field path asks the server when it
 * can and answers from the phone's store when it cannot (offline, or the
 * request failed on the network) — so the screens of field work never wait
 * for a connection. With no unlocked store nothing changes.
 */
export function fieldFirst<T>(
  network: (signal?: AbortSignal) => Promise<T>,
  local: (store: FieldStore) => T | undefined,
): (ctx?: { signal?: AbortSignal }) => Promise<T> {
  return async (ctx) => {
    const store = unlockedStore();
    if (store && typeof navigator !== 'undefined' && !navigator.onLine) {
      const answer = local(store);
      if (answer !== undefined) return answer;
    }
    try {
      return await network(ctx?.signal);
    } catch (error) {
      const now = unlockedStore();
      if (now && error instanceof ApiError && error.code === 'network') {
        const answer = local(now);
        if (answer !== undefined) return answer;
      }
      throw error;
    }
  };
}

/** Who was signed in when the phone last reached the server; here, not in readers.ts, as the entry bundle needs it. */
export const localSession = (store: FieldStore) => store.get<SessionState>('session', 'me');

/** Whether answers come from the phone right now (offline with an unlocked store). */
export function readingLocally(): boolean {
  return unlockedStore() !== null && typeof navigator !== 'undefined' && !navigator.onLine;
}
