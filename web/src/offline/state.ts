import type { FieldStore, OutboxEntry } from './store';

/** Where field mode stands on this browser. */
export type FieldStatus =
  | { kind: 'loading' }
  /** No device enrolled here: everything goes straight to the server. */
  | { kind: 'none' }
  /** Enrolled, key not in memory: the PIN opens it. */
  | { kind: 'locked'; userId: string; tooOld: boolean }
  | { kind: 'unlocked'; store: FieldStore };

export interface SyncView {
  running: boolean;
  /** 0–1 while a first download runs; null otherwise. */
  progress: number | null;
  lastSyncAt: string | null;
  /** The last attempt failed: no connection, or the server failed. */
  problem: 'network' | 'server' | null;
  /** When the next automatic attempt is due (after a failure). */
  retryAt: number | null;
}

export interface FieldState {
  status: FieldStatus;
  sync: SyncView;
  /** A copy of the outbox, for the badge and the list of rejected operations. */
  outbox: readonly OutboxEntry[];
  /** Set when a revoked or stale device deleted its store. */
  wiped: 'revoked' | 'too_old' | null;
}

/** Why the last store was deleted, kept (it says nothing about anyone) so the next page load can still say it. */
export const wipedKey = 'kontakt.fieldWiped';

function storedWipe(): FieldState['wiped'] {
  try {
    const value = localStorage.getItem(wipedKey);
    return value === 'revoked' || value === 'too_old' ? value : null;
  } catch {
    return null;
  }
}

let state: FieldState = {
  status: { kind: 'loading' },
  sync: { running: false, progress: null, lastSyncAt: null, problem: null, retryAt: null },
  outbox: [],
  wiped: typeof localStorage === 'undefined' ? null : storedWipe(),
};
const listeners = new Set<() => void>();

export const fieldState = {
  get: (): FieldState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(patch: Partial<FieldState>): void {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  },
  setSync(patch: Partial<SyncView>): void {
    fieldState.set({ sync: { ...state.sync, ...patch } });
  },
};

/** The unlocked store, or null (no device, or locked). */
export function unlockedStore(): FieldStore | null {
  return state.status.kind === 'unlocked' ? state.status.store : null;
}

/** Tells the screens the outbox changed. */
export function outboxChanged(): void {
  const store = unlockedStore();
  fieldState.set({ outbox: store ? [...store.outbox()] : [] });
}
