import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A random secret token for cookies and CSRF (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The form of a token kept in the database: a leaked table cannot be replayed. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** A one-time password an admin hands over; easy to read aloud, 16 characters. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < 16; i++) out += alphabet[randomInt(alphabet.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}`;
}
