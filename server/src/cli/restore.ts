import path from 'node:path';
import pg from 'pg';
import { readBackupHeader, restoreDatabase } from '../platform/db/backup';
import { openRuntime } from '../runtime';

/**
 * `npm run restore -- file`: loads a backup into an EMPTY database (a new data
 * folder, or a new DATABASE_URL). Refuses to overwrite existing data.
 */
export default async function restoreCommand(argv: string[]): Promise<number> {
  if (!argv[0]) {
    console.error('Usage: npm run restore -- <backup file>   (into an empty database)');
    return 2;
  }
  const file = path.resolve(argv[0]);
  const header = await readBackupHeader(file);
  const runtime = await openRuntime();
  const client = new pg.Client({ connectionString: runtime.db.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
    if ((rows[0]?.n ?? 0) > 0) {
      console.error(
        'This database already holds organisations. Restore into a new KONTAKT_DATA_DIR or an empty database.',
      );
      return 1;
    }
    const applied = (
      await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    ).rows.map((r) => r.version);
    if (applied.join(',') !== header.migrations.join(',')) {
      console.error(
        `The backup was made at schema ${header.migrations.at(-1)}, this Kontakt is at ${applied.at(-1)}. ` +
          'Restore with the Kontakt version that made the backup, then upgrade.',
      );
      return 1;
    }
    const { tables } = await restoreDatabase(client, file);
    console.log(`Restored ${tables} tables from ${file}.`);
    return 0;
  } finally {
    await client.end();
    await runtime.db.shutdown();
  }
}
