import pg from 'pg';
import type { Logger } from '../logging';
import { appRolePassword, ensureAppRole } from './app-role';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded';
import { migrate } from './migrate';
import { type Databases, databaseName, openDatabases, withCredentials } from './pool';

export interface ConnectOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort?: number | undefined;
  masterKey: Buffer;
  log: Logger;
  poolSize?: number;
  /** Named prepared statements on the app pool (default on). */
  preparedStatements?: boolean;
}

export interface Connected extends Databases {
  embedded: EmbeddedDatabase | null;
  ownerUrl: string;
  /** Closes the pools, then stops the embedded server if this process started it. */
  shutdown(): Promise<void>;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Migrates the database and (re)creates the app role; needs the owner's connection. */
export async function prepareDatabase(
  ownerUrl: string,
  masterKey: Buffer,
): Promise<{ appUrl: string; applied: number[] }> {
  const name = databaseName(ownerUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const applied = await migrate(client);
    const password = appRolePassword(masterKey, name);
    const role = await ensureAppRole(client, name, password);
    return { appUrl: withCredentials(ownerUrl, role, password), applied };
  } finally {
    await client.end();
  }
}

/**
 * Connects Kontakt to its database: the server named by DATABASE_URL, or an
 * embedded PostgreSQL in the data folder. Migrations run before anything else.
 */
export async function connectDatabase(options: ConnectOptions): Promise<Connected> {
  let embedded: EmbeddedDatabase | null = null;
  let ownerUrl = options.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, log: options.log });
    await ensureDatabase(embedded.ownerUrl('postgres'), 'kontakt');
    ownerUrl = embedded.ownerUrl('kontakt');
  }
  try {
    const { appUrl, applied } = await prepareDatabase(ownerUrl, options.masterKey);
    if (applied.length) options.log.info({ applied }, 'database: migrations applied');
    const dbs = openDatabases(ownerUrl, appUrl, options.poolSize, options.preparedStatements);
    return {
      ...dbs,
      embedded,
      ownerUrl,
      async shutdown() {
        await dbs.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
