import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparedStatementPool } from './prepared';
import type { Database } from './types';

// bigint (int8) columns such as audit sequence numbers come back as strings
// by default; counts and sequences here stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));
// A calendar date stays the 'YYYY-MM-DD' it is: parsing it into a Date would
// shift it by the server's time zone.
pg.types.setTypeParser(1082, (value) => value);

/** The application's database handle: Kysely over a pool of the non-bypassing role. */
export type Db = Kysely<Database>;

export interface Databases {
  /** Connects as the app role: row-level security applies. */
  app: Db;
  appPool: pg.Pool;
  /** Connects as the owner: migrations, role setup, job queue, nothing else. */
  ownerPool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens the owner pool and the app pool (the app pool carries `max` connections);
 * the app's statements run prepared unless `prepared` is false.
 */
export function openDatabases(ownerUrl: string, appUrl: string, max = 10, prepared = true): Databases {
  const ownerPool = new pg.Pool({ connectionString: ownerUrl, max: 3 });
  const appPool = new pg.Pool({ connectionString: appUrl, max });
  // An idle client that errors (server restart) must not crash the process.
  ownerPool.on('error', () => undefined);
  appPool.on('error', () => undefined);
  const app = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: prepared ? preparedStatementPool(appPool) : appPool }),
  });
  return {
    app,
    appPool,
    ownerPool,
    async close() {
      await app.destroy();
      await ownerPool.end();
    },
  };
}

/** Replaces the user and password of a connection string. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The database name of a connection string. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}
