import { describe, expect, it } from 'vitest';
import { planStatistics, rangesOf } from './statistics-plan';

describe('statistics plan', () => {
  it('reads whole clean months from the monthly rollups, clean edge days from the daily ones, dirty days live', () => {
    const plan = planStatistics('2025-11-15', '2026-02-03', true, ['2026-01-20', '2026-01-21', '2025-10-01']);
    expect(plan.wholeMonths).toEqual(['2025-12-01']);
    expect(plan.peopleMonths).toEqual(['2025-12-01']);
    expect(plan.liveDays).toEqual([{ from: '2026-01-20', until: '2026-01-22' }]);
    expect(plan.dailyDays).toEqual([
      { from: '2025-11-15', until: '2025-12-01' },
      { from: '2026-01-01', until: '2026-01-20' },
      { from: '2026-01-22', until: '2026-02-04' },
    ]);
    // People do not add across days: everything outside the clean months is counted from the contacts.
    expect(plan.livePeopleDays).toEqual([
      { from: '2025-11-15', until: '2025-12-01' },
      { from: '2026-01-01', until: '2026-02-04' },
    ]);
  });

  it("keeps a month's folded people when its dirty days only added contacts, and adds those days live", () => {
    const plan = planStatistics('2025-12-01', '2026-01-31', true, ['2026-01-20', '2026-01-21'], []);
    expect(plan.wholeMonths).toEqual(['2025-12-01']);
    expect(plan.peopleMonths).toEqual(['2025-12-01', '2026-01-01']);
    expect(plan.liveDays).toEqual([{ from: '2026-01-20', until: '2026-01-22' }]);
    expect(plan.livePeopleDays).toEqual([{ from: '2026-01-20', until: '2026-01-22' }]);
    expect(plan.dailyDays).toEqual([
      { from: '2026-01-01', until: '2026-01-20' },
      { from: '2026-01-22', until: '2026-02-01' },
    ]);
  });

  it('counts everything live without rollups, and handles a leap February', () => {
    expect(planStatistics('2024-02-01', '2024-02-29', false, [])).toEqual({
      wholeMonths: [],
      peopleMonths: [],
      dailyDays: [],
      liveDays: [{ from: '2024-02-01', until: '2024-03-01' }],
      livePeopleDays: [{ from: '2024-02-01', until: '2024-03-01' }],
    });
    expect(planStatistics('2024-02-01', '2024-02-29', true, []).peopleMonths).toEqual(['2024-02-01']);
    expect(planStatistics('2024-02-01', '2024-02-28', true, []).peopleMonths).toEqual([]);
    expect(rangesOf(['2024-12-31', '2025-01-01', '2025-01-03'])).toEqual([
      { from: '2024-12-31', until: '2025-01-02' },
      { from: '2025-01-03', until: '2025-01-04' },
    ]);
  });
});
