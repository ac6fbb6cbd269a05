import { describe, expect, it } from 'vitest';
import { formatDays, formatOpeningHours, formatTimes, weekdayName } from './hours';

describe('opening hours', () => {
  it('name the days of the week in each UI language, Monday first', () => {
    expect(weekdayName('MO', 'en')).toBe('Mon');
    expect(weekdayName('SU', 'pl')).toBe('niedz.');
    expect(weekdayName('FR', 'cs')).toBe('pá');
    expect(weekdayName('WE', 'uk')).toBe('ср');
  });

  it('write three or more consecutive days as a range, others one by one, in week order', () => {
    expect(formatDays(['MO', 'TU', 'WE', 'TH', 'FR'], 'en')).toBe('Mon–Fri');
    expect(formatDays(['SU', 'SA', 'MO', 'WE'], 'en')).toBe('Mon, Wed, Sat, Sun');
    expect(formatDays(['FR', 'TH', 'WE', 'MO', 'SU'], 'en')).toBe('Mon, Wed–Fri, Sun');
    expect(formatDays(['MO', 'MO', 'TU'], 'en')).toBe('Mon, Tue');
    expect(formatDays(['MO', 'TU', 'WE', 'TH', 'FR'], 'pl')).toBe('pon.–pt.');
    expect(formatDays(['MO', 'TU', 'WE', 'TH', 'FR'], 'cs')).toBe('po–pá');
    expect(formatDays(['SA', 'SU'], 'uk')).toBe('сб, нд');
  });

  it("write the times on the language's 24-hour clock", () => {
    expect(formatTimes('09:00', '17:30', 'en')).toBe('09:00–17:30');
    expect(formatTimes('09:00', '17:30', 'pl')).toBe('09:00–17:30');
    expect(formatTimes('09:00', '17:30', 'cs')).toBe('9:00–17:30');
    expect(formatTimes('00:00', '23:59', 'uk')).toBe('00:00–23:59');
  });

  it('put the days and the times on one line', () => {
    const weekdays = { days: ['MO', 'TU', 'WE', 'TH', 'FR'] as const, opensAt: '08:00', closesAt: '16:00' };
    expect(formatOpeningHours({ ...weekdays, days: [...weekdays.days] }, 'en')).toBe('Mon–Fri 08:00–16:00');
    expect(formatOpeningHours({ days: ['SA'], opensAt: '10:00', closesAt: '14:00' }, 'cs')).toBe('so 10:00–14:00');
  });
});
