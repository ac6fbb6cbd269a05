/**
 * How long a phone may go without reaching the server (offline-sync.md,
 * "Devices"): past the maximum offline age — the organisation's
 * `maxOfflineDays`, told to the phone at every sync — it locks (the PIN alone
 * no longer opens it, a connection and a sync do), and a week later it wipes
 * itself, as a lost phone should (decision 013).
 */
export const defaultMaxOfflineDays = 14;
/** Between locking and wiping: time to get back to a connection. */
export const graceDays = 7;

const day = 86_400_000;

export type OfflineAge = 'fresh' | 'locked' | 'wipe';

export function offlineAge(
  lastServerAt: string,
  maxOfflineDays: number = defaultMaxOfflineDays,
  now: number = Date.now(),
): OfflineAge {
  const age = now - Date.parse(lastServerAt);
  if (!(age >= 0)) return 'fresh';
  if (age > (maxOfflineDays + graceDays) * day) return 'wipe';
  if (age > maxOfflineDays * day) return 'locked';
  return 'fresh';
}
