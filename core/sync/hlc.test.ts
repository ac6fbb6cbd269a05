import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, type Hlc, parseHlc, receive, tick } from './hlc';

const start: Hlc = { ms: 0, counter: 0, node: 'a' };

describe('hybrid logical clock', () => {
  it('keeps moving forward when the wall clock stands still or goes back', () => {
    const a = tick(start, 1_000);
    const b = tick(a, 1_000);
    const c = tick(b, 500); // the phone's clock was set back
    expect(compareHlc(formatHlc(a), formatHlc(b))).toBeLessThan(0);
    expect(compareHlc(formatHlc(b), formatHlc(c))).toBeLessThan(0);
  });

  it('orders a received stamp before everything the receiver does next', () => {
    fc.assert(
      fc.property(fc.nat(1e12), fc.nat(1e12), fc.nat(50), fc.nat(1e12), (localMs, remoteMs, remoteCounter, now) => {
        const local: Hlc = { ms: localMs, counter: 0, node: 'a' };
        const remote: Hlc = { ms: remoteMs, counter: remoteCounter, node: 'b' };
        const after = receive(local, remote, now);
        expect(compareHlc(formatHlc(remote), formatHlc(after))).toBeLessThan(0);
        expect(compareHlc(formatHlc(local), formatHlc(after))).toBeLessThan(0);
      }),
    );
  });

  it('formats stamps that sort as the clock orders them and parse back', () => {
    const h: Hlc = { ms: 1_796_140_994_138, counter: 42, node: 'device-7' };
    expect(parseHlc(formatHlc(h))).toEqual(h);
    expect(() => parseHlc('yesterday')).toThrow(RangeError);
  });
});
