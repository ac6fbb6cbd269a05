import { compareHlc, formatHlc, type Hlc, parseHlc, receive, tick } from '#core/sync/hlc';
import type { DeviceMeta } from './db';

/**
 * The phone's hybrid logical clock (core/sync/hlc.ts) for its edits of shared
 * records: the node is the device id, and the last stamp given is kept in the
 * device's meta, so a stamp is always later than every earlier one of this
 * phone — after a reload, or when the wall clock was set back — and later than
 * every stamp the edit replaces (its `base`), even one from a clock running ahead.
 */

/** What the clock needs of the store: the device, and a way to keep its last stamp. */
export interface ClockHolder {
  readonly device: Pick<DeviceMeta, 'deviceId' | 'hlc'>;
  saveDevice(changes: { hlc: string }): Promise<unknown>;
}

/**
 * The stamp of an edit made at wall time `now` that replaces the values stamped
 * `seen` (null: a value never stamped). Pure: the caller keeps the result.
 */
export function nextStamp(last: string | undefined, node: string, seen: readonly (string | null)[], now: number) {
  const previous: Hlc = last ? { ...parseHlc(last), node } : { ms: 0, counter: 0, node };
  const latest = seen
    .filter((s): s is string => s !== null)
    .sort(compareHlc)
    .at(-1);
  return formatHlc(latest ? receive(previous, parseHlc(latest), now) : tick(previous, now));
}

/**
 * Gives an edit its stamp and keeps it as the clock's last. The device in
 * memory changes at once, so two edits made together get two stamps in order;
 * the stamp is on disk when this resolves.
 */
export async function stampEdit(
  holder: ClockHolder,
  seen: readonly (string | null)[] = [],
  now = Date.now(),
): Promise<string> {
  const hlc = nextStamp(holder.device.hlc, holder.device.deviceId, seen, now);
  await holder.saveDevice({ hlc });
  return hlc;
}
