/**
 * Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a
 * counter, so a device whose clock runs behind still orders its edits after
 * what it has already seen. Stamps are strings that sort in causal order:
 * `<ms, 13 digits>:<counter, 5 digits>:<node>`.
 */
export interface Hlc {
  readonly ms: number;
  readonly counter: number;
  readonly node: string;
}

const counterMax = 99_999;

export function formatHlc(h: Hlc): string {
  return `${String(h.ms).padStart(13, '0')}:${String(h.counter).padStart(5, '0')}:${h.node}`;
}

export function parseHlc(stamp: string): Hlc {
  const match = /^(\d{13}):(\d{5}):(.+)$/.exec(stamp);
  if (!match) throw new RangeError(`not an HLC stamp: ${stamp}`);
  return { ms: Number(match[1]), counter: Number(match[2]), node: match[3] as string };
}

/** Total order: time, then counter, then node (ties between devices broken the same way everywhere). */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stamp for a local event at wall time `now`. */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.ms) return { ms: now, counter: 0, node: last.node };
  if (last.counter >= counterMax) return { ms: last.ms + 1, counter: 0, node: last.node };
  return { ms: last.ms, counter: last.counter + 1, node: last.node };
}

/** The clock after receiving a remote stamp at wall time `now`: later than both. */
export function receive(last: Hlc, remote: Hlc, now: number): Hlc {
  const ms = Math.max(last.ms, remote.ms, now);
  let counter = 0;
  if (ms === last.ms && ms === remote.ms) counter = Math.max(last.counter, remote.counter) + 1;
  else if (ms === last.ms) counter = last.counter + 1;
  else if (ms === remote.ms) counter = remote.counter + 1;
  if (counter > counterMax) return { ms: ms + 1, counter: 0, node: last.node };
  return { ms, counter, node: last.node };
}
