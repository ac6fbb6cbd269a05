import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunksOf, withRetriedTransaction } from './push-chunks';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

afterEach(() => vi.useRealTimers());

describe('push chunks', () => {
  it('splits a batch in order, the last chunk shorter', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 50)).toEqual([]);
  });

  it('runs a transaction again when it was a deadlock victim, and gives up after five attempts', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const once = withRetriedTransaction(async () => {
      if (++calls < 3) throw deadlock();
      return 'committed';
    });
    await vi.runAllTimersAsync();
    await expect(once).resolves.toBe('committed');
    expect(calls).toBe(3);

    calls = 0;
    const never = withRetriedTransaction(async () => {
      calls++;
      throw deadlock();
    });
    const settled = never.catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await settled).toMatchObject({ code: '40P01' });
    expect(calls).toBe(5);
  });

  it('does not run again what failed otherwise', async () => {
    let calls = 0;
    await expect(
      withRetriedTransaction(async () => {
        calls++;
        throw Object.assign(new Error('duplicate'), { code: '23505' });
      }),
    ).rejects.toThrow('duplicate');
    expect(calls).toBe(1);
  });
});
