import { hkdfSync } from 'node:crypto';

/**
 * One root secret (outside the database) yields a separate HMAC secret per
 * organisation, so codes hashed by one organisation cannot be matched against
 * another's, and no per-organisation secret has to be stored anywhere.
 */

const info = 'kontakt/anonymous-code/v1';
const outputBytes = 32;

/** The organisation's HMAC secret for anonymous codes: HKDF-SHA-256(root, salt = organisation id, info = kontakt/anonymous-code/v1). */
export function organisationCodeSecret(root: Buffer, organisationId: string): Uint8Array {
  if (root.length < 32) throw new RangeError('Code root secret must be at least 32 bytes');
  if (organisationId.length === 0) throw new RangeError('Organisation id must not be empty');
  return new Uint8Array(hkdfSync('sha256', root, Buffer.from(organisationId, 'utf8'), info, outputBytes));
}
