import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): strong enough, and
// cheap enough that 32 concurrent sign-ins do not starve a 2-core server.
// `algorithm: 2` is Argon2id (the package exports it as a const enum, which
// isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Verifies a password; a malformed hash counts as a mismatch, never an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;
/**
 * Burns the same time as a real check when the account does not exist, so the
 * response time does not tell whether an email is registered.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy password that never matches anything');
  await verifyPassword(await decoy, password);
  return false;
}
