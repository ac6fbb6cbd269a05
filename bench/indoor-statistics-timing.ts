import type pg from 'pg';
import type { Hand } from './indoor-statistics-hands';
import { budgetMs, email, ratioBudget, runs } from './indoor-statistics-parameters';
import { type BenchResult, median, ms, range } from './lib';

/**
 * Times the calls round by round (one of each per round, after one warm-up of each), so that on a
 * shared machine a burst of someone else's work falls on all of them alike.
 */
export async function rounds(n: number, calls: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const call of calls) await call(); // warm-up: plans, caches
  const out = calls.map(() => [] as number[]);
  for (let i = 0; i < n; i++)
    for (const [k, call] of calls.entries()) {
      const t0 = performance.now();
      await call();
      out[k]!.push(performance.now() - t0);
    }
  return out;
}

/**
 * Signed-in reads over HTTP, and `measured`: one answer timed beside the hand-written SQL for the same figures
 * (and the fixed cost of a signed-in read), each adding its row.
 */
export function timedReads(url: string, headers: Record<string, string>, owner: pg.Pool) {
  const rows: BenchResult['rows'] = [];
  const label = `${runs} (+1 warm-up)`;
  const get = <T>(path: string) => {
    const last = { status: 0, answer: undefined as T | undefined };
    const call = async () => {
      const r = await fetch(`${url}${path}`, { headers });
      last.status = r.status;
      last.answer = (await r.json()) as T;
    };
    return { last, call };
  };
  // What every signed-in read costs before its own work: the session, a tenant transaction, one small statement,
  // JSON — timed in every round beside the answers.
  const fixed = get<unknown>('/api/me/sessions');
  const fixedTimes: number[] = [];
  const measured = async <T>(
    what: string,
    path: string,
    hands: Hand[],
    same: (answer: T, hand: pg.QueryResult[]) => boolean,
    detail: string,
  ) => {
    const api = get<T>(path);
    const results: pg.QueryResult[][] = hands.map(() => []);
    const handCalls = hands.map((h, k) => async () => {
      const out: pg.QueryResult[] = [];
      for (const q of h.statements) out.push(await owner.query(q, h.params));
      results[k] = out;
    });
    const [tFixed, tApi, ...tHands] = await rounds(runs, [fixed.call, api.call, ...handCalls]);
    fixedTimes.push(...tFixed!);
    // Of the shapes tried, the fastest by median is the floor.
    const best = tHands.reduce((b, t, k) => (median(t) < median(tHands[b]!) ? k : b), 0);
    for (const [k, h] of hands.entries()) console.log(`    hand "${h.label}": ${ms(median(tHands[k]!))}`);
    const tA = median(tApi!);
    const tH = median(tHands[best]!);
    const fixedMs = median(tFixed!);
    const status = api.last.status;
    const equal = status === 200 && same(api.last.answer!, results[best]!);
    console.log(`  ${what}: http ${ms(tA)} (${status}), hand ${ms(tH)}, fixed ${ms(fixedMs)}, same ${equal}`);
    rows.push({
      what: `${what}: \`GET ${path.split('?')[0]}\` (${email.split('@')[0]})`,
      median: `${ms(tA)} (${range(tApi!)})`,
      runs: label,
      budget: `≤ ${budgetMs} ms`,
      comparedWith: `hand-written SQL (${hands[best]!.label}) ${ms(tH)} (${range(tHands[best]!)}); ratio ${(tA / tH).toFixed(1)} (${(Math.max(0, tA - fixedMs) / tH).toFixed(1)} without the ${ms(fixedMs)} every signed-in read costs); ${detail}${equal ? '; same figures' : `; FIGURES DIFFER (HTTP ${status})`}`,
      verdict:
        status === 200
          ? `${tA <= budgetMs ? 'pass' : 'FAIL'}; ratio ${tA / tH <= ratioBudget ? '≤' : '>'} ${ratioBudget}`
          : `not measured (${status})`,
    });
  };
  return { rows, label, get, fixed, fixedTimes, measured };
}
