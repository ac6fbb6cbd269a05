import { createHash, randomInt } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** A fresh TOTP secret (160 bits, base32) and what an authenticator app needs. */
export async function newTotpSecret(issuer: string, label: string) {
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer, label, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Checks a 6-digit code, allowing one 30-second step of clock drift either
 * way, and refusing a step already used (replay protection). Returns the
 * matched time step, to be stored, or null.
 */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  try {
    const result = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** The current code for a secret; tests and the demo use it to sign in. */
export function currentTotp(secret: string): Promise<string> {
  return generate({ secret });
}

/** Ten single-use recovery codes like `k7m2p-x9q4d`; only their hashes are stored. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const part = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

/** The stored form of a recovery code (dash and case do not matter). */
export function recoveryCodeHash(code: string): Buffer {
  return createHash('sha256').update(code.trim().toLowerCase().replace('-', '')).digest();
}
