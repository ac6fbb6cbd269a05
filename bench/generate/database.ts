import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCodeSecret, loadMasterKey } from '../../server/src/platform/crypto/master-key';
import { appLoginRole, appRolePassword } from '../../server/src/platform/db/app-role';
import { withCredentials } from '../../server/src/platform/db/pool';

/** What a benchmark needs to reach the database of a server it started, and the secrets that server uses. */
export interface BenchDatabase {
  /** The cluster superuser on the `kontakt` database: bulk loads, EXPLAIN, VACUUM. */
  ownerUrl: string;
  /** The application's login role (row-level security applies), as the server connects. */
  appUrl: string;
  masterKey: Buffer;
  codeSecretRoot: Buffer;
}

const database = 'kontakt';

/**
 * Connection strings and root secrets of the embedded database in `dataDir`, for a
 * server started with `KONTAKT_DB_PORT=port`; the secrets are read from the files the
 * server generated on first start (no KONTAKT_MASTER_KEY / KONTAKT_CODE_SECRET set).
 */
export function benchDatabase(dataDir: string, port: number): BenchDatabase {
  const options = { env: {}, dataDir, log: { warn: () => undefined } };
  const masterKey = loadMasterKey(options);
  const codeSecretRoot = loadCodeSecret(options);
  const password = readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  const ownerUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const appUrl = withCredentials(ownerUrl, appLoginRole(database), appRolePassword(masterKey, database));
  return { ownerUrl, appUrl, masterKey, codeSecretRoot };
}
