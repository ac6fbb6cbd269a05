import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff';

describe('retryDelay', () => {
  it('doubles its ceiling up to the maximum, waiting between half of it and all of it', () => {
    expect(retryDelay(0, () => 0)).toBe(1_000);
    expect(retryDelay(0, () => 1)).toBe(2_000);
    expect(retryDelay(3, () => 0.5)).toBe(12_000);
    expect(retryDelay(20, () => 1)).toBe(300_000);
    expect(retryDelay(20, () => 0)).toBe(150_000);
  });

  it('spreads phones that failed together', () => {
    const waits = new Set(Array.from({ length: 50 }, () => retryDelay(4)));
    expect(waits.size).toBeGreaterThan(40);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(16_000);
  });
});
