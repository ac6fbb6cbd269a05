import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3917);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `kontakt-e2e-${port}`);
export const demoPassword = 'e2e demo password 2026';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser)
 * against a real server on a fresh embedded database with the demo data.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The demo organisations' own zone (Warsaw and Prague share it): the browser's "today"
    // then agrees with the server's organisation date, also between 23:00 and midnight UTC.
    timezoneId: 'Europe/Warsaw',
    trace: 'off',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node --import tsx server/src/main.ts start',
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      KONTAKT_DATA_DIR: dataDir,
      KONTAKT_DEMO_PASSWORD: demoPassword,
      KONTAKT_JOBS: 'off',
      LOG_LEVEL: 'warn',
    },
  },
});
