import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadMasterKey } from '../server/src/platform/crypto/master-key';
import { appLoginRole, appRolePassword } from '../server/src/platform/db/app-role';
import { withCredentials } from '../server/src/platform/db/pool';
import { demoPassword, freePort, onCleanup, removeDir, type Server, startServer, tempDir } from './lib';
import { csrfPair } from './sign-in-client';

/** Shared by the outreach benchmarks: a server with a known database port, its owner/app URLs, a signed-in session. */
export interface OutreachServer {
  server: Server;
  ownerUrl: string;
  appUrl: string;
  masterKey: Buffer;
  close(): Promise<void>;
}

/** Starts a real server on a fresh folder with `KONTAKT_DB_PORT` chosen here, so the bench can reach its database. */
export async function startOutreachServer(env: Record<string, string> = {}): Promise<OutreachServer> {
  const dir = await tempDir();
  const forgetDir = onCleanup(() => removeDir(dir));
  const dbPort = await freePort();
  const server = await startServer(dir, { KONTAKT_DB_PORT: String(dbPort), ...env });
  const password = readFileSync(path.join(dir, 'postgres-password'), 'utf8').trim();
  const ownerUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/kontakt`;
  const masterKey = loadMasterKey({ env: {}, dataDir: dir, log: { warn: () => undefined } });
  const appUrl = withCredentials(ownerUrl, appLoginRole('kontakt'), appRolePassword(masterKey, 'kontakt'));
  return {
    server,
    ownerUrl,
    appUrl,
    masterKey,
    async close() {
      await server.stop();
      await removeDir(dir);
      forgetDir();
    },
  };
}

/** Headers of a signed-in session (session cookie + CSRF cookie and token). */
export async function signedIn(url: string, email: string): Promise<Record<string, string>> {
  const pair = await csrfPair(url);
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': pair.token, cookie: pair.cookie },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  const text = await response.text();
  const state = JSON.parse(text) as { stage?: string; csrfToken?: string };
  const session = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('kontakt_session='))
    ?.split(';')[0];
  if (response.status !== 200 || !session || !state.csrfToken || state.stage !== 'full')
    throw new Error(`sign-in of ${email}: ${response.status} (stage ${state.stage ?? 'none'})`);
  return { cookie: `${session}; ${pair.cookie}`, 'x-csrf-token': state.csrfToken };
}

export function ownerPool(ownerUrl: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: ownerUrl, max });
  pool.on('error', () => undefined);
  return pool;
}
