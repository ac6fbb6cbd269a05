import { describe, expect, it } from 'vitest';
import { compareHlc, parseHlc } from '#core/sync/hlc';
import { type ClockHolder, nextStamp, stampEdit } from './hlcClock';

const node = '0190f3a4-5b6c-7d8e-9f01-23456789abcd';
const at = 1_780_000_000_000;

/** A device meta in memory and what was "written to disk". */
function holder(hlc?: string): ClockHolder & { saved: string[] } {
  const saved: string[] = [];
  const device = { deviceId: node, hlc };
  return {
    device,
    saved,
    async saveDevice(changes) {
      Object.assign(device, changes);
      saved.push(changes.hlc);
    },
  };
}

describe('the phone’s hybrid logical clock', () => {
  it('stamps with the wall clock and the device id as the node', () => {
    const stamp = nextStamp(undefined, node, [], at);
    expect(parseHlc(stamp)).toEqual({ ms: at, counter: 0, node });
  });

  it('never goes backwards: the same millisecond or a clock set back counts on from the last stamp', () => {
    const first = nextStamp(undefined, node, [], at);
    const same = nextStamp(first, node, [], at);
    const setBack = nextStamp(same, node, [], at - 60_000);
    expect(parseHlc(same)).toEqual({ ms: at, counter: 1, node });
    expect(parseHlc(setBack)).toEqual({ ms: at, counter: 2, node });
    expect([first, same, setBack].toSorted(compareHlc)).toEqual([first, same, setBack]);
  });

  it('comes after every value the edit replaces, even one stamped by a clock running ahead', () => {
    const ahead = `${String(at + 3_600_000).padStart(13, '0')}:00007:server`;
    const stamp = nextStamp(undefined, node, [null, ahead, `${String(at).padStart(13, '0')}:00000:other`], at);
    expect(compareHlc(stamp, ahead)).toBe(1);
    expect(parseHlc(stamp)).toEqual({ ms: at + 3_600_000, counter: 8, node });
  });

  it('keeps the last stamp in the device meta, so a reload goes on from it', async () => {
    const phone = holder();
    const a = await stampEdit(phone, [], at);
    const b = await stampEdit(phone, [], at);
    expect(phone.saved).toEqual([a, b]);
    expect(phone.device.hlc).toBe(b);
    // After a reload the meta is read back from disk with the last stamp; the wall clock is behind it.
    const reloaded = holder(phone.saved.at(-1));
    const c = await stampEdit(reloaded, [], at - 5_000);
    expect(compareHlc(c, b)).toBe(1);
  });

  it('gives two edits made at once two stamps in order', async () => {
    const phone = holder();
    const [a, b] = await Promise.all([stampEdit(phone, [], at), stampEdit(phone, [], at)]);
    expect(compareHlc(a as string, b as string)).toBe(-1);
  });
});
