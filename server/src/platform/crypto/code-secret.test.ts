import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { organisationCodeSecret } from './code-secret';

describe('organisationCodeSecret', () => {
  const root = randomBytes(32);

  it('is stable for the same root and organisation', () => {
    const a = organisationCodeSecret(root, 'org-1');
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBe(32);
    expect(Buffer.from(organisationCodeSecret(root, 'org-1')).equals(Buffer.from(a))).toBe(true);
  });

  it('differs per organisation and per root', () => {
    const a = Buffer.from(organisationCodeSecret(root, 'org-1'));
    expect(Buffer.from(organisationCodeSecret(root, 'org-2')).equals(a)).toBe(false);
    expect(Buffer.from(organisationCodeSecret(randomBytes(32), 'org-1')).equals(a)).toBe(false);
  });

  it('matches HKDF-SHA-256 with the documented salt and info', () => {
    // Expected value computed independently (RFC 5869 HKDF written out with Python's hmac), pinning salt and info.
    const fixedRoot = Buffer.alloc(32, 7);
    expect(Buffer.from(organisationCodeSecret(fixedRoot, 'org-1')).toString('hex')).toBe(
      '9e214b566e6340cee92baf81113732d8caa9fac0e9e0129de6d0323efa8bc310',
    );
  });

  it('refuses a short root or an empty organisation id', () => {
    expect(() => organisationCodeSecret(randomBytes(16), 'org-1')).toThrow(RangeError);
    expect(() => organisationCodeSecret(root, '')).toThrow(RangeError);
  });
});
