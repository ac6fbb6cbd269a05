import { describe, expect, it } from 'vitest';
import { CodeInputError } from './errors';
import { hashCode } from './hash';

const secretA = new Uint8Array(32).fill(1);
const secretB = new Uint8Array(32).fill(2);

describe('hashCode', () => {
  it('is deterministic and hex', async () => {
    const first = await hashCode(secretA, 'LUD07TOM08');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashCode(secretA, 'LUD07TOM08')).toBe(first);
  });

  it('hashes the normalised code, so spacing and case do not matter', async () => {
    expect(await hashCode(secretA, 'lud-07 tom 08')).toBe(await hashCode(secretA, 'LUD07TOM08'));
  });

  it('differs per secret and per code', async () => {
    const a = await hashCode(secretA, 'LUD07TOM08');
    expect(await hashCode(secretB, 'LUD07TOM08')).not.toBe(a);
    expect(await hashCode(secretA, 'LUD07TOM09')).not.toBe(a);
  });

  it('does not contain the code', async () => {
    const hash = await hashCode(secretA, 'LUD07TOM08');
    expect(hash.toUpperCase()).not.toContain('LUD07TOM08');
    expect(hash.toUpperCase()).not.toContain('LUD');
  });

  it('matches a reference HMAC-SHA-256 computed independently (openssl / node:crypto)', async () => {
    // HMAC-SHA-256(key = 32 bytes of 0x01, message = "LUD07TOM08"), hard-coded so core stays free of node: imports.
    expect(await hashCode(secretA, 'LUD07TOM08')).toBe(
      'ea7da90e5d8d330d01c0582ab605a088f263a71096ce6baa1dd68ada841f6185',
    );
  });

  it('refuses a short secret and an empty code', async () => {
    await expect(hashCode(new Uint8Array(16), 'LUD07TOM08')).rejects.toThrow(RangeError);
    await expect(hashCode(secretA, ' - ')).rejects.toThrow(CodeInputError);
  });
});
