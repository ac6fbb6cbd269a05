import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real server as an operator runs it, crashed the ways real machines
 * crash: the Node process killed outright (its embedded PostgreSQL orphaned),
 * everything killed at once, a `postmaster.pid` naming a live stranger, and a
 * clean SIGTERM. Every start must recover on its own, lose no committed write,
 * and leave exactly one PostgreSQL on the data folder.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const password = 'crash recovery demo password';
const email = 'outreach@demo.kontakt.test';
const startBound = 20_000;

let dataDir: string;
let pgDir: string;
let server: { child: ChildProcess; port: number; exited: Promise<number | null>; output: string[] } | null = null;
const strangers: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** State and parent of a process, from /proc; null once it is gone. */
function procStat(pid: number | string): { state: string; ppid: number } | null {
  try {
    const [state = '', ppid] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return null;
  }
}

/** Running; a zombie waiting to be reaped counts as gone. */
const alive = (pid: number) => (procStat(pid)?.state ?? 'Z') !== 'Z';

/** Pids of every postmaster started with `-D <our data dir>/postgres`. */
function postmastersOnDataDir(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const d = args.indexOf('-D');
      if (d >= 0 && args[d + 1] === pgDir && args[0]?.endsWith('postgres')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** The children of a pid (the backends of a postmaster). */
const childrenOf = (pid: number) =>
  readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e) && procStat(e)?.ppid === pid)
    .map(Number);

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, ms = startBound): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

async function health(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
  } catch {
    return false;
  }
}

/** `tsx server/src/main.ts start` on the data folder; resolves when /health answers 200. */
async function startServer(): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KONTAKT_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    KONTAKT_JOBS: 'off',
    KONTAKT_DEMO_PASSWORD: password,
    LOG_LEVEL: 'warn',
  };
  for (const name of ['DATABASE_URL', 'KONTAKT_MASTER_KEY', 'KONTAKT_CODE_SECRET', 'KONTAKT_DB_PORT']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  server = { child, port, exited, output };
  const gone = exited.then((code) => {
    throw new Error(`server exited (${code}) before it was healthy:\n${output.join('')}`);
  });
  return Promise.race([waitUntil('/health', () => health(port)), gone]);
}

/** Signs in through the API like the web app: CSRF cookie first, then the password. */
async function signIn(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const first = await fetch(`${base}/api/auth/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookie.join('; ') },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string; user: { displayName: string; locale: string } };
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  return {
    base,
    body,
    headers: { 'content-type': 'application/json', 'x-csrf-token': body.csrfToken, cookie: session.join('; ') },
  };
}

/** Reads as the database owner, straight from the running embedded server. */
async function ownerQuery<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const port = Number((await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[3]);
  const pw = (await fs.readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: pw, database: 'kontakt' });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const marker = `Crash survivor ${Date.now()}`;

async function expectWriteSurvived(port: number): Promise<void> {
  const { body } = await signIn(port);
  expect(body.user).toMatchObject({ displayName: marker, locale: 'uk' });
  const rows = await ownerQuery<{ n: number }>(
    "SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.updated_self'",
  );
  expect(rows[0]?.n).toBe(1);
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontakt-crash-'));
  pgDir = path.join(dataDir, 'postgres');
});

afterAll(async () => {
  if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  for (const s of strangers) s.kill('SIGKILL');
  for (const pid of postmastersOnDataDir()) process.kill(pid, 'SIGKILL');
  await waitUntil('postmasters to stop', () => postmastersOnDataDir().length === 0, 10_000).catch(() => 0);
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('crash recovery of the embedded database', () => {
  it('starts on an empty data folder and commits a write', async () => {
    await startServer();
    const { base, headers } = await signIn(server!.port);
    const res = await fetch(`${base}/api/me`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ displayName: marker, locale: 'uk' }),
    });
    expect(res.status).toBe(200);
    expect(postmastersOnDataDir()).toHaveLength(1);
  });

  it('after kill -9 of Node alone, stops the orphaned postmaster and serves the same data', async () => {
    const [orphan] = postmastersOnDataDir();
    server!.child.kill('SIGKILL');
    await server!.exited;
    expect(orphan && alive(orphan), 'postmaster orphaned, still running').toBe(true);

    await startServer();
    expect(alive(orphan!), 'the orphan was stopped').toBe(false);
    const now = postmastersOnDataDir();
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(orphan);
    expect(Number((await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0])).toBe(now[0]);
    await expectWriteSurvived(server!.port);
  });

  it('after kill -9 of Node and PostgreSQL together, recovers from the stale postmaster.pid', async () => {
    const [postmaster] = postmastersOnDataDir();
    const backends = childrenOf(postmaster!);
    server!.child.kill('SIGKILL');
    process.kill(postmaster!, 'SIGKILL');
    await server!.exited;
    // A machine crash leaves nothing running; PostgreSQL's backends follow their postmaster.
    await waitUntil('the old cluster to die', () => ![postmaster!, ...backends].some(alive), 10_000);
    await fs.access(path.join(pgDir, 'postmaster.pid')); // left behind, stale

    await startServer();
    expect(postmastersOnDataDir()).toHaveLength(1);
    await expectWriteSurvived(server!.port);
  });

  it('on SIGTERM exits 0, stops PostgreSQL and removes its lock files', async () => {
    const [postmaster] = postmastersOnDataDir();
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(alive(postmaster!)).toBe(false);
    expect(postmastersOnDataDir()).toEqual([]);
    await expect(fs.access(path.join(pgDir, 'postmaster.pid'))).rejects.toThrow();
    await expect(fs.access(path.join(dataDir, 'kontakt.pid'))).rejects.toThrow();
  });

  it('starts when postmaster.pid names a live process that is not PostgreSQL', async () => {
    // Run as the PostgreSQL user when we are root, so PostgreSQL itself would
    // take the pid for another postmaster ("lock file already exists").
    const { uid, gid } = await fs.stat(pgDir);
    const stranger = spawn('sleep', ['60'], process.getuid?.() === 0 ? { uid, gid } : {});
    strangers.push(stranger);
    await once(stranger, 'spawn');
    await fs.writeFile(
      path.join(pgDir, 'postmaster.pid'),
      `${stranger.pid}\n${pgDir}\n1700000000\n5432\n\n127.0.0.1\n`,
    );
    await fs.chown(path.join(pgDir, 'postmaster.pid'), uid, gid);

    await startServer();
    expect(alive(stranger.pid!), 'the stranger was left alone').toBe(true);
    expect(postmastersOnDataDir()).toHaveLength(1);
    await expectWriteSurvived(server!.port);

    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(postmastersOnDataDir()).toEqual([]);
  });
});
