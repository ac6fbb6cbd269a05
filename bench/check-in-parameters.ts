/** What the check-in benchmark runs: its length, its paces and its budget (BENCH_SECONDS, BENCH_RUNS, BENCH_JOBS). */

export const seconds = Number(process.env.BENCH_SECONDS ?? 10);
export const runs = Number(process.env.BENCH_RUNS ?? 5);
/** Check-ins a second per client: 1 is already a queue at every desk of the city at once; 4 the stress case. */
export const paces = [1, 4];
export const budgetMs = 25;
export const connections = 32;
/** The audit sealing job runs as in production; BENCH_JOBS=off to see what it costs. */
export const jobs = process.env.BENCH_JOBS ?? 'on';
