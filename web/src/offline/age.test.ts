import { describe, expect, it } from 'vitest';
import { maxOfflineDays, offlineAge, wipeAfterDays } from './age';

const day = 86_400_000;
const now = Date.parse('2026-12-01T12:00:00Z');
const ago = (days: number) => new Date(now - days * day).toISOString();

describe('offlineAge', () => {
  it('stays open up to the maximum offline age, locks past it, wipes a week later', () => {
    expect(offlineAge(ago(0), now)).toBe('fresh');
    expect(offlineAge(ago(maxOfflineDays - 0.01), now)).toBe('fresh');
    expect(offlineAge(ago(maxOfflineDays + 0.01), now)).toBe('locked');
    expect(offlineAge(ago(wipeAfterDays - 0.01), now)).toBe('locked');
    expect(offlineAge(ago(wipeAfterDays + 0.01), now)).toBe('wipe');
  });

  it('does not punish a clock set back or a broken date', () => {
    expect(offlineAge(ago(-3), now)).toBe('fresh');
    expect(offlineAge('not a date', now)).toBe('fresh');
  });
});
