import { randomBytes } from 'node:crypto';
import { DecryptionError, open, seal } from './aead';

/**
 * Envelope encryption: each organisation's data keys (DEKs) are wrapped by the
 * master key; fields are sealed by a DEK. Rotating the master key re-wraps DEKs
 * only; rotating a DEK re-encrypts the fields found by fieldKeyVersion.
 *
 * Field value text: `kf1.<keyVersion>.<base64url sealed>` — self-describing, so
 * a value says which DEK opens it and an unencrypted or foreign value is obvious.
 */

const dataKeyBytes = 32;
const fieldPrefix = 'kf1';
const fieldPattern = /^kf1\.([1-9]\d{0,8})\.([A-Za-z0-9_-]+)$/;

function checkVersion(version: number): void {
  if (!Number.isSafeInteger(version) || version < 1 || version > 999_999_999) {
    throw new RangeError('Key version must be a positive integer');
  }
}

// JSON array so ids containing separators cannot make two contexts look alike.
function wrapContext(organisationId: string, version: number): string {
  return JSON.stringify(['kontakt/dek/v1', organisationId, version]);
}

function fieldContext(keyVersion: number, aad: string): string {
  // The version is bound too, so the prefix cannot be edited to point at another key.
  return JSON.stringify([fieldPrefix, keyVersion, aad]);
}

/** A fresh random 256-bit data-encryption key. */
export function generateDataKey(): Buffer {
  return randomBytes(dataKeyBytes);
}

/** Wraps a DEK under the master key, bound to its organisation and version so it cannot be moved to another. */
export function wrapDataKey(master: Buffer, dek: Buffer, organisationId: string, version: number): Buffer {
  checkVersion(version);
  if (dek.length !== dataKeyBytes) throw new RangeError(`Data key must be ${dataKeyBytes} bytes`);
  return seal(master, dek, wrapContext(organisationId, version));
}

/** Unwraps a DEK; throws DecryptionError if the master key, organisation or version does not match. */
export function unwrapDataKey(master: Buffer, wrapped: Buffer, organisationId: string, version: number): Buffer {
  checkVersion(version);
  const dek = open(master, wrapped, wrapContext(organisationId, version));
  if (dek.length !== dataKeyBytes) throw new DecryptionError();
  return dek;
}

/** Encrypts a field value as `kf1.<keyVersion>.<base64url>`; aad names what the value belongs to (e.g. table, column, row id). */
export function encryptField(dek: Buffer, keyVersion: number, plaintext: string, aad: string): string {
  checkVersion(keyVersion);
  const sealed = seal(dek, plaintext, fieldContext(keyVersion, aad));
  return `${fieldPrefix}.${keyVersion}.${sealed.toString('base64url')}`;
}

function parseField(value: string): { keyVersion: number; sealed: Buffer } {
  const match = fieldPattern.exec(value);
  if (!match) throw new DecryptionError('Not an encrypted field value');
  return {
    keyVersion: Number(match[1]),
    sealed: Buffer.from(match[2] ?? '', 'base64url'),
  };
}

/** Decrypts a value made by encryptField, asking getDek for the key of the version it names; throws DecryptionError on any mismatch. */
export function decryptField(getDek: (version: number) => Buffer, value: string, aad: string): string {
  const { keyVersion, sealed } = parseField(value);
  return open(getDek(keyVersion), sealed, fieldContext(keyVersion, aad)).toString('utf8');
}

/** The key version an encrypted value was written with, so a rotation job can find values under old keys. */
export function fieldKeyVersion(value: string): number {
  return parseField(value).keyVersion;
}
