import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from '@playwright/test';
import { demoPassword, user } from './support';

/**
 * A Kontakt server of the offline spec's own, on its own data folder, so the
 * spec can kill it (SIGKILL, mid-batch) and start it again on the same data —
 * the embedded PostgreSQL recovers from the crash on its own.
 */
export class FieldServer {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'kontakt-e2e-field-'));
  private process: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('node', ['--import', 'tsx', 'server/src/main.ts', 'start'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        KONTAKT_DATA_DIR: this.dataDir,
        KONTAKT_DEMO_PASSWORD: demoPassword,
        KONTAKT_JOBS: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the field server did not start');
  }

  /** Kills the server at once, as a crash would (no shutdown, no flush). */
  kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The API as a signed-in demo user (its own cookie jar), for arranging and checking what the browser does. */
export async function apiAs(base: string, name: string, org: 'demo' | 'demo2' = 'demo') {
  const http = await request.newContext({ baseURL: base });
  // Sign-in is a write too: it carries the CSRF token of the anonymous session.
  const anonymous = (await (await http.get(`${base}/api/auth/session`)).json()) as { csrfToken: string };
  const signIn = await http.post(`${base}/api/auth/sign-in`, {
    data: { email: user(name, org), password: demoPassword },
    headers: { 'X-CSRF-Token': anonymous.csrfToken },
  });
  if (!signIn.ok()) throw new Error(`sign-in of ${name}: ${signIn.status()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  return {
    get: async <T>(p: string) => (await (await http.get(`${base}${p}`)).json()) as T,
    post: async <T>(p: string, data: unknown = {}) => {
      const res = await http.post(`${base}${p}`, { data, headers });
      if (!res.ok()) throw new Error(`${p}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
    dispose: () => http.dispose(),
  };
}

/** Plans and opens a street shift for today on the user's first team; returns its id. */
export async function openShift(api: Awaited<ReturnType<typeof apiAs>>, userId: string) {
  const teams = await api.get<{ items: { id: string; memberIds: string[] }[] }>('/api/teams');
  const team = teams.items.find((t) => t.memberIds.includes(userId)) ?? teams.items[0]!;
  const date = new Date().toISOString().slice(0, 10);
  const shift = await api.post<{ id: string }>('/api/shifts', {
    teamId: team.id,
    date,
    plannedStart: '00:00',
    plannedEnd: '23:59',
    channel: 'street',
  });
  await api.post(`/api/shifts/${shift.id}/open`);
  return shift.id;
}
