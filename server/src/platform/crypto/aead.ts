import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing. Sealed layout: 1 version byte | 12-byte random IV |
 * ciphertext | 16-byte tag. The version byte is authenticated too (it is
 * prepended to the caller's AAD), so the header cannot be altered unnoticed and
 * a future format can be introduced without guessing.
 */

const formatVersion = 1;
const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;
const headerBytes = 1 + ivBytes;

/** Raised when sealed data cannot be opened: tampered, truncated, wrong key or wrong AAD. Deliberately says no more. */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';

  constructor(message = 'Decryption failed: data was altered, or the key or context does not match') {
    super(message);
  }
}

function checkKey(key: Buffer): void {
  // A wrong key length is a programming or configuration error, not bad data.
  if (key.length !== keyBytes) throw new RangeError(`AES-256-GCM key must be ${keyBytes} bytes`);
}

function associatedData(version: number, aad: string): Buffer {
  return Buffer.concat([Buffer.of(version), Buffer.from(aad, 'utf8')]);
}

/** Encrypts and authenticates plaintext under key, bound to aad (which must be given again to open). */
export function seal(key: Buffer, plaintext: Buffer | string, aad: string): Buffer {
  checkKey(key);
  // Random 96-bit IVs are safe for far more messages per key than one organisation writes.
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv, {
    authTagLength: tagBytes,
  });
  cipher.setAAD(associatedData(formatVersion, aad));
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([Buffer.of(formatVersion), iv, ciphertext, cipher.getAuthTag()]);
}

/** Decrypts data made by seal with the same key and aad; throws DecryptionError otherwise. */
export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  checkKey(key);
  if (sealed.length < headerBytes + tagBytes || sealed[0] !== formatVersion) throw new DecryptionError();
  const iv = sealed.subarray(1, headerBytes);
  const ciphertext = sealed.subarray(headerBytes, sealed.length - tagBytes);
  const tag = sealed.subarray(sealed.length - tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, {
    authTagLength: tagBytes,
  });
  decipher.setAAD(associatedData(formatVersion, aad));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // Node's message ("Unsupported state or unable to authenticate data") adds nothing useful.
    throw new DecryptionError();
  }
}
