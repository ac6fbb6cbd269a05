import { describe, expect, it } from 'vitest';
import { addDays, weekDays, weekStart } from './week';

describe('calendar weeks', () => {
  it('starts weeks on Monday and crosses months and years', () => {
    expect(weekStart('2026-12-02')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2027-01-03')).toBe('2026-12-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekDays('2026-11-30')).toHaveLength(7);
    expect(weekDays('2026-11-30').at(-1)).toBe('2026-12-06');
  });
});
