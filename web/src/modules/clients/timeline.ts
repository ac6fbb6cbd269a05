import type { Appointment } from '../../api/appointments';
import type { ContactListItem } from '../../api/contacts';
import type { HealthTest } from '../../api/healthTests';
import type { Placement } from '../../api/housing';
import type { Referral } from '../../api/referrals';
import type { Visit } from '../../api/visits';

/** One thing that happened with a person, from whichever module recorded it. */
export type TimelineEntry =
  | { kind: 'contact'; day: string; at: string; item: ContactListItem }
  | { kind: 'visit'; day: string; at: string; item: Visit }
  | { kind: 'stay_started' | 'stay_ended'; day: string; at: null; item: Placement }
  | { kind: 'appointment'; day: string; at: string; item: Appointment }
  | { kind: 'test'; day: string; at: null; item: HealthTest }
  | { kind: 'referral'; day: string; at: null; item: Referral };

/**
 * What one module gave: its newest entries, and whether that is all it has
 * (`complete`) or only the latest page of them.
 */
export interface TimelineSource {
  entries: readonly TimelineEntry[];
  complete: boolean;
}

export interface TimelineDay {
  day: string;
  entries: TimelineEntry[];
}

export interface Timeline {
  days: TimelineDay[];
  /**
   * The oldest day shown when a module had more than it gave: before it, that
   * module's entries are missing, so no other module's are shown either (the
   * sections below list each module in full).
   */
  shownFrom: string | null;
}

/** The device's calendar day of an instant, YYYY-MM-DD (times are shown in the device's zone too). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Newest first; within a day timed entries by time, then the day-only ones (a stay's start, a test, a referral). */
function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.at === b.at) return 0;
  if (a.at === null) return 1;
  if (b.at === null) return -1;
  return a.at < b.at ? 1 : -1;
}

/**
 * Merges the modules' entries into one timeline grouped by day. Only the
 * stretch every module covers in full is shown: were a busy module's latest
 * page to reach back a week and a quiet one's a year, the year before that
 * week would look as if only the quiet module had worked with the person.
 */
export function mergeTimeline(sources: readonly TimelineSource[]): Timeline {
  let shownFrom: string | null = null;
  for (const source of sources) {
    if (source.complete || source.entries.length === 0) continue;
    const oldest = source.entries.map((e) => e.day).sort()[0]!;
    if (shownFrom === null || oldest > shownFrom) shownFrom = oldest;
  }
  const entries = sources
    .flatMap((s) => s.entries)
    .filter((e) => shownFrom === null || e.day >= shownFrom)
    .sort(newestFirst);
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const last = days[days.length - 1];
    if (last && last.day === entry.day) last.entries.push(entry);
    else days.push({ day: entry.day, entries: [entry] });
  }
  return { days, shownFrom };
}

/** A stay is two moments on the timeline: moving in and, once it ended, moving out. */
export function stayEntries(placements: readonly Placement[]): TimelineEntry[] {
  return placements.flatMap((p): TimelineEntry[] => [
    { kind: 'stay_started', day: p.startOn, at: null, item: p },
    ...(p.endOn ? [{ kind: 'stay_ended' as const, day: p.endOn, at: null, item: p }] : []),
  ]);
}

/** A referral is on the timeline on the day it was made (a day, no time). */
export function referralEntries(referrals: readonly Referral[]): TimelineEntry[] {
  return referrals.map((r) => ({ kind: 'referral', day: r.referredOn, at: null, item: r }));
}
