/**
 * How long a phone may go without reaching the server (offline-sync.md,
 * "Devices"): past the maximum offline age it locks — the PIN alone no longer
 * opens it, a connection and a sync do — and a week later it wipes itself, as
 * a lost phone should (decision 013).
 */
export const maxOfflineDays = 14;
export const wipeAfterDays = maxOfflineDays + 7;

const day = 86_400_000;

export type OfflineAge = 'fresh' | 'locked' | 'wipe';

export function offlineAge(lastServerAt: string, now: number = Date.now()): OfflineAge {
  const age = now - Date.parse(lastServerAt);
  if (!(age >= 0)) return 'fresh';
  if (age > wipeAfterDays * day) return 'wipe';
  if (age > maxOfflineDays * day) return 'locked';
  return 'fresh';
}
