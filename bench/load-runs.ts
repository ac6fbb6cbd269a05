import { median, ms, sleep } from './lib';
import type { Run } from './record-contact-load';

/** The medians of some load runs, and the lists their ranges are printed from. */
export type LoadSummary = ReturnType<typeof summariseRuns>;
export const summariseRuns = (rs: Run[]) => ({
  rps: median(rs.map((r) => r.rps)),
  p50: median(rs.map((r) => r.p50)),
  p99: median(rs.map((r) => r.p99)),
  rpsList: rs.map((r) => r.rps),
  p99List: rs.map((r) => r.p99),
  bad: rs.reduce((s, r) => s + r.bad, 0),
});

/** A summary's throughput cell: the median, and the range of the runs. */
export const rpsCell = (x: LoadSummary) =>
  `${x.rps.toFixed(0)} req/s (${Math.min(...x.rpsList).toFixed(0)} – ${Math.max(...x.rpsList).toFixed(0)})`;

/** Runs a load `n` times a second apart, printing each, and sums them up. */
export async function repeatRuns(label: string, n: number, run: (i: number) => Promise<Run>): Promise<LoadSummary> {
  const out: Run[] = [];
  for (let i = 0; i < n; i++) {
    await sleep(1000);
    const r = await run(i);
    console.log(
      `  ${label} ${i + 1}/${n}: ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, bad ${r.bad}`,
    );
    out.push(r);
  }
  return summariseRuns(out);
}
