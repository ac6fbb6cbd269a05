/** Latency percentiles of repeated calls, sequential or from a fixed number of concurrent callers. */
export interface Latencies {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed calls per second of wall clock. */
  rps: number;
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(values: readonly number[], wallMs: number): Latencies {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    max: s[s.length - 1]!,
    rps: (s.length / wallMs) * 1000,
  };
}

/**
 * Runs `call(i, worker)` for i = 0 … n-1, `concurrency` callers each taking the
 * next i as soon as their previous call is done (a closed loop: no queue forms
 * outside the system under test); each call timed from start to resolve.
 */
export async function timeCalls(
  n: number,
  concurrency: number,
  call: (i: number, worker: number) => Promise<void>,
): Promise<Latencies> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async (_, worker) => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await call(i, worker);
        times.push(performance.now() - t);
      }
    }),
  );
  return summarise(times, performance.now() - started);
}
