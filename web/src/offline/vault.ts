/**
 * The phone's local store is encrypted (offline-sync.md: "encrypted with a key
 * derived from the user's PIN or password at unlock; the key lives only in
 * memory while unlocked"). This module is that key and the sealing of records:
 * WebCrypto only, nothing of the key ever written anywhere.
 *
 * - PBKDF2-HMAC-SHA-256 turns the PIN into a non-extractable AES-256-GCM key;
 *   the salt and iteration count are stored beside the data (they are not secret).
 * - Every record is sealed with a fresh 96-bit IV and the record's place (store
 *   and id) as additional data, so a sealed value moved to another record does
 *   not open.
 * - A sealed check value lets the phone tell a wrong PIN from a right one
 *   offline, without trying to open the data.
 */

/** What the store keeps in clear about its key: enough to derive it again from the PIN. */
export interface VaultHeader {
  salt: string;
  iterations: number;
  check: SealedValue;
}

export interface SealedValue {
  iv: string;
  data: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about a second on a cheap phone, once per unlock. */
export const defaultIterations = 600_000;
const checkPlace = 'vault:check';
const checkText = 'kontakt-vault-v1';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Derives the store key from the PIN or password; the key cannot be exported, only used. */
export async function deriveVaultKey(secret: string, salt: string, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Seals a value for one place in the store (`contacts:<id>`): it opens only there, with this key. */
export async function sealRecord(key: CryptoKey, place: string, value: unknown): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(place) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Opens a sealed value; a wrong key, another place or a changed byte throws. */
export async function openRecord<T>(key: CryptoKey, place: string, sealed: SealedValue): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(place) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/** A new store for a PIN: its header (to keep) and its key (to hold in memory while unlocked). */
export async function createVault(
  secret: string,
  iterations = defaultIterations,
): Promise<{ header: VaultHeader; key: CryptoKey }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  const key = await deriveVaultKey(secret, salt, iterations);
  return { header: { salt, iterations, check: await sealRecord(key, checkPlace, checkText) }, key };
}

/** The key for this PIN, or null when it is not the store's PIN (the data is not touched either way). */
export async function unlockVault(secret: string, header: VaultHeader): Promise<CryptoKey | null> {
  const key = await deriveVaultKey(secret, header.salt, header.iterations);
  try {
    return (await openRecord<string>(key, checkPlace, header.check)) === checkText ? key : null;
  } catch {
    return null;
  }
}
