import { api } from '../api/client';
import { ApiError } from '../api/errors';
import { defaultMaxOfflineDays } from './age';
import { retryDelay } from './backoff';
import { wipeDevice } from './device';
import { fieldState, outboxChanged, unlockedStore } from './state';
import type { FeedRecord, FieldStore, RejectionReason } from './store';

/**
 * Moving the outbox to the server and the change feed to the phone. A sync
 * runs on app start (unlock), on reconnect, after each offline write and on
 * "sync now"; one at a time. After a failure the next try waits with
 * exponential back-off and jitter (backoff.ts). Operations leave the outbox
 * only when the server answered for them: applied, already applied, or
 * rejected — the rejected ones stay, with the reason, for the user.
 */

const batchSize = 100;
const pageSize = 500;

interface PushAnswer {
  device: 'active' | 'wipe';
  maxOfflineDays: number;
  results: { opId: string; outcome: 'applied' | 'already_applied' | 'rejected'; reason?: RejectionReason }[];
}

interface ChangesPage {
  reset: boolean;
  cursor: string | null;
  more: boolean;
  total?: number;
  records: FeedRecord[];
}

let running: Promise<void> | null = null;
let again = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

class Wiped extends Error {}

/** Sends the outbox; returns the maximum offline age the server told. */
async function push(store: FieldStore): Promise<number> {
  // The first call goes out even with nothing to send: it is how a revoked
  // device hears that it must wipe.
  let maxOfflineDays = store.device.maxOfflineDays ?? defaultMaxOfflineDays;
  for (let first = true; ; first = false) {
    const batch = store
      .outbox()
      .filter((op) => op.state === 'pending')
      .slice(0, batchSize);
    if (batch.length === 0 && !first) return maxOfflineDays;
    const answer = await api.post<PushAnswer>('/api/sync/push', {
      deviceId: store.device.deviceId,
      operations: batch.map((op) => ({ opId: op.opId, type: op.type, recordId: op.recordId, payload: op.payload })),
    });
    if (answer.device === 'wipe') throw new Wiped();
    maxOfflineDays = answer.maxOfflineDays;
    const done: string[] = [];
    const rejected = new Map<string, RejectionReason>();
    for (const r of answer.results) {
      if (r.outcome === 'rejected') rejected.set(r.opId, r.reason ?? { code: 'rejected', message: '' });
      else done.push(r.opId);
    }
    await store.settle(done, rejected);
    outboxChanged();
    // An answer that settled nothing would send the same batch for ever.
    if (answer.results.length === 0) return maxOfflineDays;
  }
}

async function pull(store: FieldStore): Promise<void> {
  const first = !store.cursor.complete;
  let covered = 0;
  let total: number | null = null;
  let cursor = store.cursor.cursor;
  for (;;) {
    const page = await api.get<ChangesPage>('/api/sync/changes', { cursor: cursor ?? undefined, limit: pageSize });
    if (page.reset) {
      await store.clearRecords();
      cursor = null;
      continue;
    }
    if (page.total !== undefined) total = page.total;
    await store.apply(page.records);
    cursor = page.cursor;
    await store.setCursor(cursor, !page.more);
    covered += pageSize;
    if (first && total) fieldState.setSync({ progress: Math.min(1, covered / total) });
    if (!page.more) return;
  }
}

/**
 * Who is signed in and the organisation's settings, kept so the phone can
 * start offline; the CSRF token is left out (it is worth nothing later).
 */
async function keepLocalCopies(store: FieldStore): Promise<void> {
  const { csrfToken: _token, ...session } = await api.get<Record<string, unknown>>('/api/auth/session');
  const records: FeedRecord[] = [{ entity: 'session', id: 'me', deleted: false, data: { ...session, csrfToken: '' } }];
  const organisation = await api
    .get<Record<string, unknown>>('/api/organisation')
    .catch((error: unknown) => (error instanceof ApiError && error.status === 403 ? null : Promise.reject(error)));
  if (organisation) records.push({ entity: 'organisation', id: 'current', deleted: false, data: organisation });
  await store.apply(records);
}

async function runOnce(): Promise<void> {
  const store = unlockedStore();
  if (!store) return;
  fieldState.setSync({ running: true, progress: store.cursor.complete ? null : 0 });
  try {
    const maxOfflineDays = await push(store);
    await pull(store);
    await keepLocalCopies(store);
    const now = new Date().toISOString();
    await store.saveDevice({ lastServerAt: now, maxOfflineDays });
    failures = 0;
    fieldState.setSync({ lastSyncAt: now, problem: null, retryAt: null });
  } catch (error) {
    if (error instanceof Wiped) {
      await wipeDevice('revoked');
      return;
    }
    // Signed out (401): the sign-in screen takes over; the next sign-in syncs again.
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      fieldState.setSync({ problem: 'server', retryAt: null });
      return;
    }
    failures += 1;
    const wait = retryDelay(failures - 1);
    fieldState.setSync({
      problem: error instanceof ApiError && error.code === 'network' ? 'network' : 'server',
      retryAt: Date.now() + wait,
    });
    schedule(wait);
  } finally {
    fieldState.setSync({ running: false, progress: null });
  }
}

function schedule(wait: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void syncNow();
  }, wait);
}

/** Starts a sync now, or right after the one running. Resolves when the outbox and feed are as far as they get. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  running = (async () => {
    do {
      again = false;
      await runOnce();
    } while (again && unlockedStore());
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Sync whenever the browser comes back online; returns the stop function. */
export function syncOnReconnect(): () => void {
  const onOnline = () => {
    failures = 0;
    void syncNow();
  };
  window.addEventListener('online', onOnline);
  return () => window.removeEventListener('online', onOnline);
}
