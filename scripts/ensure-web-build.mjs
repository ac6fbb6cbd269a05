#!/usr/bin/env node
// Builds the web app only when web/dist is missing or older than its sources,
// so `npm start` on an existing checkout is up in seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'core'];
const built = 'web/dist/index.html';

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

// A build made for the browser tests (scripts/run-e2e.mjs) is never served as the app.
const forTests = existsSync('web/dist/e2e-build');
if (!forTests && existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) process.exit(0);
console.log('Building the web app…');
const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
