import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a leftover `postmaster.pid` tells about a previous run. */
export type LeftoverState =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number }
  | { kind: 'running'; pid: number; port: number };

function isZombie(pid: number): boolean {
  try {
    // Field 3 of /proc/<pid>/stat is the state; Z = exited, not yet reaped.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A zombie holds no files or ports; where pid 1 does not reap, it lingers.
  return !isZombie(pid);
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (not Linux): trust the liveness check alone.
    return process.platform !== 'linux';
  }
}

/**
 * Reads `postmaster.pid` to tell whether a previous run left a server behind.
 * A pid that is dead, or now belongs to another program, is stale.
 */
export async function inspectLeftover(pgDir: string): Promise<LeftoverState> {
  let text: string;
  try {
    text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return { kind: 'none' };
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return { kind: 'stale', pid: 0 };
  if (isAlive(pid) && isPostgres(pid)) return { kind: 'running', pid, port };
  return { kind: 'stale', pid };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/**
 * Stops a postmaster orphaned by a crashed run: fast shutdown first (clean,
 * no data lost), then immediate shutdown (WAL recovery replays on next start),
 * and only as a last resort SIGKILL.
 */
export async function stopOrphan(pid: number): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new Error(`A PostgreSQL server (pid ${pid}) from an earlier run does not stop.`);
}
