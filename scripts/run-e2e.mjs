#!/usr/bin/env node
// Runs the browser tests: makes sure a Chromium is there (installing Debian's
// package when running as root), builds the web app, then hands over to
// Playwright, which starts Kontakt on a fresh data folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  if (!process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(chromium)) return;
  }
  console.error(
    `No Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary. The end-to-end tests do not download browsers.',
  );
  process.exit(1);
}

ensureChromium();
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
// The tests' build carries the offline spec's outbox filler (web/src/offline/e2eHooks.ts);
// the marker makes `npm start` rebuild without it.
if (
  run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { VITE_E2E_HOOKS: '1' }) !== 0
)
  process.exit(1);
writeFileSync('web/dist/e2e-build', 'built for the browser tests: npm start rebuilds\n');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kontakt-e2e-'));
const status = run('npx', ['playwright', 'test', ...process.argv.slice(2)], { E2E_DATA_DIR: dataDir });
rmSync(dataDir, { recursive: true, force: true });
process.exit(status);
