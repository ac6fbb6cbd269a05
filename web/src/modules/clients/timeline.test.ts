import { describe, expect, it } from 'vitest';
import type { Placement } from '../../api/housing';
import type { Referral } from '../../api/referrals';
import { mergeTimeline, referralEntries, stayEntries, type TimelineEntry } from './timeline';

const visit = (id: string, day: string, at: string) =>
  ({ kind: 'visit', day, at, item: { id } }) as unknown as TimelineEntry;
const test = (id: string, day: string) => ({ kind: 'test', day, at: null, item: { id } }) as unknown as TimelineEntry;
const contact = (id: string, day: string, at: string) =>
  ({ kind: 'contact', day, at, item: { id } }) as unknown as TimelineEntry;
const ids = (t: ReturnType<typeof mergeTimeline>) => t.days.map((d) => [d.day, d.entries.map((e) => e.item.id)]);

describe('the person’s timeline', () => {
  it('merges the modules newest first, grouped by day, timed entries before the day’s dated ones', () => {
    const timeline = mergeTimeline([
      {
        entries: [visit('v1', '2026-11-30', '2026-11-30T09:00:00Z'), visit('v2', '2026-12-01', '2026-12-01T08:00:00Z')],
        complete: true,
      },
      { entries: [test('t1', '2026-12-01')], complete: true },
      { entries: [contact('c1', '2026-12-01', '2026-12-01T19:30:00Z')], complete: true },
    ]);
    expect(ids(timeline)).toEqual([
      ['2026-12-01', ['c1', 'v2', 't1']],
      ['2026-11-30', ['v1']],
    ]);
    expect(timeline.shownFrom).toBeNull();
  });

  it('shows only the days every module covers in full when one gave just its latest page', () => {
    const timeline = mergeTimeline([
      // A busy module: its page reaches back only to 28 November.
      {
        entries: [
          contact('c1', '2026-12-01', '2026-12-01T10:00:00Z'),
          contact('c2', '2026-11-28', '2026-11-28T10:00:00Z'),
        ],
        complete: false,
      },
      // A quiet one, complete: its March visit would look like the only thing before 28 November.
      {
        entries: [visit('v1', '2026-11-29', '2026-11-29T10:00:00Z'), visit('v0', '2026-03-02', '2026-03-02T10:00:00Z')],
        complete: true,
      },
    ]);
    expect(ids(timeline)).toEqual([
      ['2026-12-01', ['c1']],
      ['2026-11-29', ['v1']],
      ['2026-11-28', ['c2']],
    ]);
    expect(timeline.shownFrom).toBe('2026-11-28');
  });

  it('takes the latest cut-off of several incomplete modules, and ignores empty ones', () => {
    const timeline = mergeTimeline([
      { entries: [contact('c1', '2026-11-20', '2026-11-20T10:00:00Z')], complete: false },
      { entries: [visit('v1', '2026-11-25', '2026-11-25T10:00:00Z')], complete: false },
      { entries: [], complete: false },
    ]);
    expect(ids(timeline)).toEqual([['2026-11-25', ['v1']]]);
    expect(timeline.shownFrom).toBe('2026-11-25');
  });

  it('puts a stay on the timeline twice: moving in, and moving out once it ended', () => {
    const stay = (id: string, startOn: string, endOn: string | null) => ({ id, startOn, endOn }) as Placement;
    const entries = stayEntries([stay('p1', '2026-10-01', '2026-11-15'), stay('p2', '2026-11-15', null)]);
    expect(entries.map((e) => [e.kind, e.day, e.item.id])).toEqual([
      ['stay_started', '2026-10-01', 'p1'],
      ['stay_ended', '2026-11-15', 'p1'],
      ['stay_started', '2026-11-15', 'p2'],
    ]);
  });

  it('puts a referral on the day it was made, after that day’s timed entries', () => {
    const referral = { id: 'r1', referredOn: '2026-12-01' } as Referral;
    const timeline = mergeTimeline([
      { entries: referralEntries([referral]), complete: true },
      { entries: [visit('v1', '2026-12-01', '2026-12-01T09:00:00Z')], complete: true },
    ]);
    expect(ids(timeline)).toEqual([['2026-12-01', ['v1', 'r1']]]);
    expect(timeline.days[0]?.entries[1]?.kind).toBe('referral');
  });
});
