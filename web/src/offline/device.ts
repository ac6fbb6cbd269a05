import { v7 as uuidv7 } from 'uuid';
import { api } from '../api/client';
import { offlineAge } from './age';
import { type DeviceMeta, FieldDatabase, fieldDatabaseName } from './db';
import { fieldState, outboxChanged, unlockedStore, wipedKey } from './state';
import { FieldStore } from './store';
import { createVault, unlockVault } from './vault';

/**
 * Enrolling this browser as a field device, and its lock: the store is opened
 * with the PIN, held open in memory while in use, locked on idle or on demand,
 * and deleted — store and key — when the server says the device was revoked or
 * when it has been offline too long.
 */

let db: FieldDatabase | null = null;
const database = () => {
  db ??= new FieldDatabase(fieldDatabaseName);
  return db;
};

export const defaultAutoLockMinutes = 5;

function rememberWipe(why: 'revoked' | 'too_old' | null): void {
  try {
    if (why) localStorage.setItem(wipedKey, why);
    else localStorage.removeItem(wipedKey);
  } catch {
    // Storage refused: the notice lasts until the page is left.
  }
}

async function readDevice(): Promise<DeviceMeta | undefined> {
  // Opening a database that is not there would create it: a wiped phone keeps none at all.
  if (!db && !(await FieldDatabase.exists(fieldDatabaseName))) return undefined;
  return (await database().meta.get('device')) as DeviceMeta | undefined;
}

/** Reads what this browser holds at start: nothing, or a locked device (or wipes a stale one). */
export async function loadFieldMode(): Promise<void> {
  if (fieldState.get().status.kind !== 'loading') return;
  try {
    const device = await readDevice();
    if (!device) return fieldState.set({ status: { kind: 'none' } });
    const age = offlineAge(device.lastServerAt, device.maxOfflineDays);
    if (age === 'wipe') return wipeDevice('too_old');
    fieldState.set({ status: { kind: 'locked', userId: device.userId, tooOld: age === 'locked' } });
  } catch {
    // No IndexedDB (a private window in some browsers): field mode is simply not offered.
    fieldState.set({ status: { kind: 'none' } });
  }
}

/** The device enrolled here, if any (without opening it). */
export async function enrolledDevice(): Promise<DeviceMeta | undefined> {
  return readDevice().catch(() => undefined);
}

/** Enrols this browser for the signed-in user: the server learns the device, the PIN seals the store. */
export async function enrolDevice(input: {
  userId: string;
  name: string;
  pin: string;
  /** Who is signed in, kept at once so the phone can start offline even before its first sync ends. */
  session: Record<string, unknown>;
}): Promise<FieldStore> {
  const deviceId = uuidv7();
  await api.post('/api/devices', { id: deviceId, name: input.name });
  const { header, key } = await createVault(input.pin);
  const now = new Date().toISOString();
  const device: DeviceMeta = {
    key: 'device',
    deviceId,
    name: input.name,
    userId: input.userId,
    vault: header,
    enrolledAt: now,
    lastServerAt: now,
    autoLockMinutes: defaultAutoLockMinutes,
  };
  const store = database();
  await store.transaction('rw', store.meta, store.records, store.outbox, async () => {
    await store.records.clear();
    await store.outbox.clear();
    await store.meta.clear();
    await store.meta.put(device);
  });
  const opened = await FieldStore.open(store, key, device);
  await opened.apply([{ entity: 'session', id: 'me', deleted: false, data: { ...input.session, csrfToken: '' } }]);
  rememberWipe(null);
  fieldState.set({ status: { kind: 'unlocked', store: opened }, wiped: null });
  outboxChanged();
  return opened;
}

export type UnlockResult = 'unlocked' | 'wrong_pin' | 'too_old' | 'none';

/**
 * Opens the store with the PIN — offline too. Past the maximum offline age the
 * PIN alone is not enough: `online` says a connection is there to prove the
 * device is still trusted (the sync that follows resets the age or wipes it).
 */
export async function unlockDevice(pin: string, online: boolean): Promise<UnlockResult> {
  const device = await readDevice();
  if (!device) {
    fieldState.set({ status: { kind: 'none' } });
    return 'none';
  }
  const age = offlineAge(device.lastServerAt, device.maxOfflineDays);
  if (age === 'wipe') {
    await wipeDevice('too_old');
    return 'none';
  }
  if (age === 'locked' && !online) return 'too_old';
  const key = await unlockVault(pin, device.vault);
  if (!key) return 'wrong_pin';
  const store = await FieldStore.open(database(), key, device);
  fieldState.set({ status: { kind: 'unlocked', store } });
  outboxChanged();
  return 'unlocked';
}

/** Drops the key and everything opened from memory; the store stays sealed on disk. */
export function lockDevice(): void {
  const store = unlockedStore();
  if (!store) return;
  fieldState.set({
    status: {
      kind: 'locked',
      userId: store.device.userId,
      tooOld: offlineAge(store.device.lastServerAt, store.device.maxOfflineDays) !== 'fresh',
    },
    outbox: [],
  });
}

/** Deletes the store and its key from this browser (revoked, too old, or the user removes it). */
export async function wipeDevice(why: 'revoked' | 'too_old' | null): Promise<void> {
  db?.close();
  db = null;
  await FieldDatabase.delete(fieldDatabaseName).catch(() => undefined);
  rememberWipe(why);
  fieldState.set({ status: { kind: 'none' }, outbox: [], wiped: why });
}
