import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Root secrets kept outside the database: the master key (wraps each
 * organisation's data keys) and the code secret (derives each organisation's
 * HMAC secret for anonymous codes). Someone holding a database dump but not
 * these cannot read encrypted fields or reverse codes, so they must be backed
 * up separately from the database.
 *
 * Encoding, in the environment and in the file: 32 bytes as base64 (44
 * characters, base64url accepted) or hex (64 characters).
 */

export interface RootSecretOptions {
  env: Record<string, string | undefined>;
  /** Folder for the key file when the environment does not give the key. */
  dataDir: string;
  log: { warn(message: string): void };
}

interface RootSecretKind {
  envVar: string;
  fileName: string;
  description: string;
  lossConsequence: string;
}

const secretBytes = 32;
const hexPattern = /^[0-9a-fA-F]{64}$/;
const base64Pattern = /^[A-Za-z0-9+/_-]{43}=?$/;

/** Decodes a 32-byte key written as hex or base64; null if it is anything else. */
export function parseRootSecret(text: string): Buffer | null {
  const value = text.trim();
  if (hexPattern.test(value)) return Buffer.from(value, 'hex');
  if (!base64Pattern.test(value)) return null;
  const decoded = Buffer.from(value, 'base64');
  return decoded.length === secretBytes ? decoded : null;
}

function formatHelp(where: string): string {
  // Never echo the value: it may be a real key with a typo.
  return `${where} must be ${secretBytes} bytes written as base64 (44 characters) or hex (64 characters); generate one with: openssl rand -base64 32`;
}

function readKeyFile(path: string, kind: RootSecretKind, log: RootSecretOptions['log']): Buffer {
  const key = parseRootSecret(readFileSync(path, 'utf8'));
  // Never regenerate over an unreadable file: that would orphan the data it protects.
  if (!key) throw new Error(`${kind.description} file ${path} is not valid. ${formatHelp('Its content')}`);
  if ((statSync(path).mode & 0o077) !== 0) {
    log.warn(`${kind.description} file ${path} is readable by other users; restrict it with: chmod 600 ${path}`);
  }
  return key;
}

function createKeyFile(path: string, dataDir: string, kind: RootSecretKind, log: RootSecretOptions['log']): Buffer {
  // Default folder mode on purpose: the embedded PostgreSQL user must be able to
  // traverse the data folder; the key file itself is 0600.
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(secretBytes);
  let fd: number;
  try {
    // 'wx' fails if another process created the file first; then we use theirs.
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path, kind, log);
    throw error;
  }
  try {
    writeSync(fd, `${key.toString('base64')}\n`);
    // Flush to disk: losing this file after a crash means losing the data it protects.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  log.warn(
    `Generated a new ${kind.description} at ${path}. Back it up now, separately from the database backups: ${kind.lossConsequence}. ` +
      `In production set ${kind.envVar} instead.`,
  );
  return key;
}

function loadRootSecret(kind: RootSecretKind, { env, dataDir, log }: RootSecretOptions): Buffer {
  const fromEnv = env[kind.envVar];
  if (fromEnv !== undefined) {
    // Set but unusable (even empty) is refused rather than ignored: silently
    // falling back to a file could start the server with a different key.
    const key = parseRootSecret(fromEnv);
    if (!key) throw new Error(formatHelp(kind.envVar));
    return key;
  }
  const path = join(dataDir, kind.fileName);
  try {
    return readKeyFile(path, kind, log);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return createKeyFile(path, dataDir, kind, log);
}

/** Loads the master key from KONTAKT_MASTER_KEY or <dataDir>/master.key, generating the file on first start. */
export function loadMasterKey(options: RootSecretOptions): Buffer {
  return loadRootSecret(
    {
      envVar: 'KONTAKT_MASTER_KEY',
      fileName: 'master.key',
      description: 'master key',
      lossConsequence:
        'without it encrypted fields cannot be read, and anyone holding it and a database copy can read them',
    },
    options,
  );
}

/** Loads the anonymous-code root secret from KONTAKT_CODE_SECRET or <dataDir>/code-secret.key, generating it on first start. */
export function loadCodeSecret(options: RootSecretOptions): Buffer {
  return loadRootSecret(
    {
      envVar: 'KONTAKT_CODE_SECRET',
      fileName: 'code-secret.key',
      description: 'anonymous-code secret',
      lossConsequence:
        'without it stored anonymous codes can no longer be matched, and with it codes in a database copy can be guessed',
    },
    options,
  );
}
