import { type Config, loadConfig } from './platform/config';
import { Keyring } from './platform/crypto/keyring';
import { loadCodeSecret, loadMasterKey } from './platform/crypto/master-key';
import { type Connected, connectDatabase } from './platform/db/connect';
import { createLogger, type Logger } from './platform/logging';

/** Everything a command needs: configuration, keys and a migrated database. */
export interface Runtime {
  config: Config;
  log: Logger;
  masterKey: Buffer;
  codeSecretRoot: Buffer;
  keyring: Keyring;
  db: Connected;
}

/** Boots configuration, secrets and the database (embedded or external). */
export async function openRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadConfig(env);
  const log = createLogger(config.logLevel);
  const secretOptions = { env, dataDir: config.dataDir, log: { warn: (m: string) => log.warn(m) } };
  const masterKey = loadMasterKey(secretOptions);
  const codeSecretRoot = loadCodeSecret(secretOptions);
  const db = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedDbPort,
    masterKey,
    log,
    poolSize: 20,
    preparedStatements: config.preparedStatements,
  });
  return { config, log, masterKey, codeSecretRoot, keyring: new Keyring(masterKey), db };
}
