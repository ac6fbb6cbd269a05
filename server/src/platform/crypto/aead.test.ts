import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, open, seal } from './aead';

const key = randomBytes(32);

describe('seal / open', () => {
  it('round-trips strings and buffers, including empty plaintext', () => {
    expect(open(key, seal(key, 'Poznámka: klient 🙂', 'ctx'), 'ctx').toString('utf8')).toBe('Poznámka: klient 🙂');
    const bytes = randomBytes(100);
    expect(open(key, seal(key, bytes, 'ctx'), 'ctx').equals(bytes)).toBe(true);
    expect(open(key, seal(key, '', 'ctx'), 'ctx').length).toBe(0);
  });

  it('uses the documented layout and a fresh IV each time', () => {
    const a = seal(key, 'hello', 'ctx');
    const b = seal(key, 'hello', 'ctx');
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 5 + 16);
    expect(a.equals(b)).toBe(false);
  });

  it('throws DecryptionError on tampering anywhere', () => {
    const sealed = seal(key, 'secret note', 'ctx');
    for (const index of [0, 1, 13, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(() => open(key, tampered, 'ctx')).toThrow(DecryptionError);
    }
    expect(() => open(key, sealed.subarray(0, 20), 'ctx')).toThrow(DecryptionError);
  });

  it('throws DecryptionError with the wrong key or wrong AAD', () => {
    const sealed = seal(key, 'secret note', 'ctx');
    expect(() => open(randomBytes(32), sealed, 'ctx')).toThrow(DecryptionError);
    expect(() => open(key, sealed, 'other')).toThrow(DecryptionError);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => seal(randomBytes(16), 'x', 'ctx')).toThrow(RangeError);
  });
});
