import { describe, expect, it } from 'vitest';
import { defaultMaxOfflineDays, graceDays, offlineAge } from './age';

const day = 86_400_000;
const now = Date.parse('2026-12-01T12:00:00Z');
const ago = (days: number) => new Date(now - days * day).toISOString();

describe('offlineAge', () => {
  it('stays open up to the maximum offline age (14 days unless told), locks past it, wipes a week later', () => {
    const max = defaultMaxOfflineDays;
    expect(max).toBe(14);
    expect(offlineAge(ago(0), max, now)).toBe('fresh');
    expect(offlineAge(ago(max - 0.01), max, now)).toBe('fresh');
    expect(offlineAge(ago(max + 0.01), max, now)).toBe('locked');
    expect(offlineAge(ago(max + graceDays - 0.01), max, now)).toBe('locked');
    expect(offlineAge(ago(max + graceDays + 0.01), max, now)).toBe('wipe');
  });

  it('follows the organisation’s setting', () => {
    expect(offlineAge(ago(4), 3, now)).toBe('locked');
    expect(offlineAge(ago(11), 3, now)).toBe('wipe');
    expect(offlineAge(ago(20), 30, now)).toBe('fresh');
  });

  it('does not punish a clock set back or a broken date', () => {
    expect(offlineAge(ago(-3), defaultMaxOfflineDays, now)).toBe('fresh');
    expect(offlineAge('not a date', defaultMaxOfflineDays, now)).toBe('fresh');
  });
});
