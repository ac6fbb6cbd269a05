import { CodeInputError } from './errors';
import { normaliseCodePart } from './normalise';

/**
 * The keyed hash is the only form in which an anonymous code is stored: the code
 * is built from personal facts, so a plain hash could be reversed by trying every
 * name and birthday. A per-organisation secret kept outside the database makes
 * that impossible for someone who only has the database.
 */

/** Shortest secret accepted: the HKDF-derived organisation secrets are 32 bytes. */
const minSecretBytes = 32;

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** HMAC-SHA-256 of the normalised code under the organisation's secret, as 64 hex characters. */
export async function hashCode(secret: Uint8Array, code: string): Promise<string> {
  // A short or empty secret is a configuration error that would silently weaken every hash.
  if (secret.byteLength < minSecretBytes) {
    throw new RangeError(`Code secret must be at least ${minSecretBytes} bytes`);
  }
  const normalised = normaliseCodePart(code);
  if (normalised.length === 0) throw new CodeInputError('code', 'empty-code');
  const subtle = globalThis.crypto.subtle;
  // Copy into a fresh ArrayBuffer-backed view: WebCrypto rejects shared buffers.
  const key = await subtle.importKey('raw', Uint8Array.from(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await subtle.sign('HMAC', key, new TextEncoder().encode(normalised));
  return toHex(new Uint8Array(mac));
}
