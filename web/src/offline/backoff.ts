/**
 * Exponential back-off with jitter for sync attempts after a failure: the
 * ceiling doubles from `base` up to `max`, and the wait is drawn between half
 * of it and all of it, so phones that lost the same connection do not all come
 * back at the same moment.
 */
export function retryDelay(attempt: number, random: () => number = Math.random, base = 2_000, max = 300_000): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
