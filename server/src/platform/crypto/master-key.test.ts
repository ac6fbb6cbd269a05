import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCodeSecret, loadMasterKey, parseRootSecret } from './master-key';

let dir: string;
let warnings: string[];
const log = { warn: (message: string) => warnings.push(message) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kontakt-keys-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadMasterKey', () => {
  it('generates master.key with mode 0600 in a new folder, warns, and reuses it', () => {
    const dataDir = join(dir, 'data', 'nested');
    const first = loadMasterKey({ env: {}, dataDir, log });
    const path = join(dataDir, 'master.key');
    expect(first.length).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Generated a new master key/);
    expect(warnings[0]).toMatch(/separately from the database/);
    expect(warnings[0]).not.toContain(first.toString('base64'));

    const second = loadMasterKey({ env: {}, dataDir, log });
    expect(second.equals(first)).toBe(true);
    expect(warnings).toHaveLength(1);
  });

  it('takes the key from KONTAKT_MASTER_KEY in base64 or hex without touching the disk', () => {
    const key = randomBytes(32);
    const fromBase64 = loadMasterKey({
      env: { KONTAKT_MASTER_KEY: key.toString('base64') },
      dataDir: dir,
      log,
    });
    const fromHex = loadMasterKey({
      env: { KONTAKT_MASTER_KEY: ` ${key.toString('hex')}\n` },
      dataDir: dir,
      log,
    });
    expect(fromBase64.equals(key)).toBe(true);
    expect(fromHex.equals(key)).toBe(true);
    expect(existsSync(join(dir, 'master.key'))).toBe(false);
    expect(warnings).toHaveLength(0);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(48).toString('base64')],
    ['not base64', '!'.repeat(44)],
    ['63 hex characters', 'a'.repeat(63)],
    ['empty', ''],
  ])('refuses an invalid env key (%s) with a clear message', (_label, value) => {
    expect(() =>
      loadMasterKey({
        env: { KONTAKT_MASTER_KEY: value },
        dataDir: dir,
        log,
      }),
    ).toThrow(/KONTAKT_MASTER_KEY must be 32 bytes written as base64 \(44 characters\) or hex \(64 characters\)/);
  });

  it('does not echo the invalid value in the error', () => {
    const value = randomBytes(20).toString('hex');
    expect(() => loadMasterKey({ env: { KONTAKT_MASTER_KEY: value }, dataDir: dir, log })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(value) }),
    );
  });

  it('refuses a corrupt key file instead of replacing it', () => {
    const path = join(dir, 'master.key');
    writeFileSync(path, 'garbage\n', { mode: 0o600 });
    expect(() => loadMasterKey({ env: {}, dataDir: dir, log })).toThrow(/master key file .* is not valid/);
    expect(readFileSync(path, 'utf8')).toBe('garbage\n');
  });

  it('warns when an existing key file is readable by others', () => {
    writeFileSync(join(dir, 'master.key'), randomBytes(32).toString('base64'), {
      mode: 0o644,
    });
    loadMasterKey({ env: {}, dataDir: dir, log });
    expect(warnings.join()).toMatch(/chmod 600/);
  });
});

describe('loadCodeSecret', () => {
  it('uses its own file, independent of the master key', () => {
    const master = loadMasterKey({ env: {}, dataDir: dir, log });
    const codeSecret = loadCodeSecret({ env: {}, dataDir: dir, log });
    expect(statSync(join(dir, 'code-secret.key')).mode & 0o777).toBe(0o600);
    expect(codeSecret.equals(master)).toBe(false);
    expect(loadCodeSecret({ env: {}, dataDir: dir, log }).equals(codeSecret)).toBe(true);
    expect(warnings[1]).toMatch(/anonymous-code secret/);
  });

  it('reads KONTAKT_CODE_SECRET and refuses an invalid one', () => {
    const key = randomBytes(32);
    expect(
      loadCodeSecret({
        env: { KONTAKT_CODE_SECRET: key.toString('base64url') },
        dataDir: dir,
        log,
      }).equals(key),
    ).toBe(true);
    expect(() =>
      loadCodeSecret({
        env: { KONTAKT_CODE_SECRET: 'short' },
        dataDir: dir,
        log,
      }),
    ).toThrow(/KONTAKT_CODE_SECRET must be 32 bytes/);
  });
});

describe('parseRootSecret', () => {
  it('accepts base64 with or without padding and hex, refuses the rest', () => {
    const key = randomBytes(32);
    expect(parseRootSecret(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseRootSecret(key.toString('base64').replace('=', ''))?.equals(key)).toBe(true);
    expect(parseRootSecret(key.toString('hex').toUpperCase())?.equals(key)).toBe(true);
    expect(parseRootSecret('')).toBeNull();
  });
});
