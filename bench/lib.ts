import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared helpers for the benchmarks: statistics, temp folders, the server under test, cleanup. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const tsxCli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
export const demoPassword = 'bench-demo-password-2024';

/** One line of a results table (docs/performance.md, "Platform"). */
export interface Row {
  what: string;
  median: string;
  runs: string;
  budget: string;
  comparedWith: string;
  verdict: string;
}

export interface BenchResult {
  title: string;
  rows: Row[];
  notes: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const ms = (v: number): string => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
export const range = (v: number[]): string => `${ms(Math.min(...v))} – ${ms(Math.max(...v))}`;
export const sleep = (t: number) => new Promise<void>((resolve) => setTimeout(resolve, t));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'kontakt-bench-'));
}

/** Cleanups still owed (servers, databases, folders), run on error and on Ctrl-C. */
const pending = new Set<() => Promise<void>>();
export function onCleanup(fn: () => Promise<void>): () => void {
  pending.add(fn);
  return () => pending.delete(fn);
}
let cleaning: Promise<void> | undefined;
let stopping = false;
/** Refuses to start anything new once cleanup has begun (Ctrl-C or an error). */
export function assertRunning(): void {
  if (stopping) throw new Error('bench: interrupted');
}
/** Runs every owed cleanup once, newest first; concurrent callers share the same run. */
export function cleanupAll(): Promise<void> {
  stopping = true;
  cleaning ??= (async () => {
    for (const fn of [...pending].reverse()) {
      pending.delete(fn);
      await fn().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
    }
  })().finally(() => {
    cleaning = undefined;
  });
  return cleaning;
}

/** Removes a folder, retrying while a stopping PostgreSQL still writes into it. */
export function removeDir(dir: string): Promise<void> {
  return fs.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

export interface Server {
  url: string;
  child: ChildProcess;
  dataDir: string;
  /** Milliseconds from spawn to the first `/health` 200. */
  readyMs: number;
  /** SIGTERM, wait for exit and for PostgreSQL to let go of the folder; returns the time taken. */
  stop(): Promise<number>;
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function postgresGone(dataDir: string): Promise<void> {
  const pid = path.join(dataDir, 'postgres', 'postmaster.pid');
  for (let i = 0; i < 200 && existsSync(pid); i++) await sleep(50);
}

/** Stops the server's whole process group (tsx, node, the postmaster) when a clean stop failed. */
async function killGroup(child: ChildProcess, dataDir: string): Promise<void> {
  const signal = (s: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  if (!(await exited(child, 15_000))) signal('SIGKILL');
  await postgresGone(dataDir);
}

/**
 * Starts `tsx server/src/main.ts start` (what `npm start` runs after its web-build
 * check) on a data folder and waits for `/health` 200; wall clock from spawn.
 */
export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  assertRunning();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KONTAKT_DATA_DIR: dataDir,
    KONTAKT_DEMO_PASSWORD: demoPassword,
    KONTAKT_JOBS: 'off',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const started = performance.now();
  // BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  // (tsx's CLI would run the server in a child process that the flags do not reach, hence --import.)
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`, '--import', 'tsx']
    : [tsxCli];
  const child = spawn(process.execPath, [...profile, 'server/src/main.ts', 'start'], {
    cwd: root,
    env,
    detached: true, // own process group, so an error path can stop everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 40) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const forget = onCleanup(() => killGroup(child, dataDir));

  const stop = async (): Promise<number> => {
    const t0 = performance.now();
    child.kill('SIGTERM');
    if (!(await exited(child, 30_000))) {
      await killGroup(child, dataDir);
      throw new Error(`server did not exit within 30 s of SIGTERM:\n${output.join('')}`);
    }
    await postgresGone(dataDir);
    forget();
    return performance.now() - t0;
  };

  const deadline = started + 180_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, child, dataDir, readyMs: performance.now() - started, stop };
    await sleep(20);
  }
  await killGroup(child, dataDir);
  forget();
  throw new Error(`server did not become healthy (exit code ${child.exitCode}):\n${output.join('')}`);
}

/** Wall clock of a short command, from spawn to exit. */
export async function timeCommand(command: string, args: string[]): Promise<number> {
  assertRunning();
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, stdio: 'ignore' });
  const forget = onCleanup(async () => void child.kill('SIGKILL'));
  const ok = await exited(child, 60_000);
  forget();
  if (!ok) {
    child.kill('SIGKILL');
    throw new Error(`${command} ${args.join(' ')} did not exit within 60 s`);
  }
  if (child.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
  return performance.now() - started;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${os.availableParallelism()} cores (${cpu}), ${gib} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
