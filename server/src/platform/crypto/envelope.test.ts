import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError } from './aead';
import { decryptField, encryptField, fieldKeyVersion, generateDataKey, unwrapDataKey, wrapDataKey } from './envelope';

const master = randomBytes(32);
const orgA = '0b9e6c1e-4a52-4a53-9d5e-111111111111';
const orgB = '0b9e6c1e-4a52-4a53-9d5e-222222222222';

describe('data keys', () => {
  it('generates distinct 32-byte keys', () => {
    const a = generateDataKey();
    expect(a.length).toBe(32);
    expect(a.equals(generateDataKey())).toBe(false);
  });

  it('wraps and unwraps a data key', () => {
    const dek = generateDataKey();
    const wrapped = wrapDataKey(master, dek, orgA, 1);
    expect(wrapped.includes(dek)).toBe(false);
    expect(unwrapDataKey(master, wrapped, orgA, 1).equals(dek)).toBe(true);
  });

  it('refuses to unwrap for another organisation, another version or another master key', () => {
    const wrapped = wrapDataKey(master, generateDataKey(), orgA, 1);
    expect(() => unwrapDataKey(master, wrapped, orgB, 1)).toThrow(DecryptionError);
    expect(() => unwrapDataKey(master, wrapped, orgA, 2)).toThrow(DecryptionError);
    expect(() => unwrapDataKey(randomBytes(32), wrapped, orgA, 1)).toThrow(DecryptionError);
  });
});

describe('field encryption', () => {
  const dek1 = generateDataKey();
  const dek2 = generateDataKey();
  const keys = new Map([
    [1, dek1],
    [2, dek2],
  ]);
  const getDek = (version: number) => {
    const dek = keys.get(version);
    if (!dek) throw new Error(`no key ${version}`);
    return dek;
  };
  const aad = 'clients.identity:42';

  it('round-trips and describes itself', () => {
    const value = encryptField(dek2, 2, 'Jana Nováková, 1990', aad);
    expect(value).toMatch(/^kf1\.2\.[A-Za-z0-9_-]+$/);
    expect(value).not.toContain('Jana');
    expect(fieldKeyVersion(value)).toBe(2);
    expect(decryptField(getDek, value, aad)).toBe('Jana Nováková, 1990');
  });

  it('throws DecryptionError on tampering, wrong AAD or an edited version', () => {
    const value = encryptField(dek1, 1, 'note', aad);
    const body = value.slice('kf1.1.'.length);
    const flipped = body.slice(0, -2) + (body.at(-2) === 'A' ? 'B' : 'A') + body.at(-1);
    expect(() => decryptField(getDek, `kf1.1.${flipped}`, aad)).toThrow(DecryptionError);
    expect(() => decryptField(getDek, value, 'clients.identity:43')).toThrow(DecryptionError);
    expect(() => decryptField(getDek, value.replace('kf1.1.', 'kf1.2.'), aad)).toThrow(DecryptionError);
  });

  it('refuses values that are not encrypted fields', () => {
    for (const value of ['plain text', 'kf1.x.abc', 'kf2.1.abc', 'kf1.0.abc', 'kf1.1.']) {
      expect(() => decryptField(getDek, value, aad)).toThrow(DecryptionError);
      expect(() => fieldKeyVersion(value)).toThrow(DecryptionError);
    }
  });
});
