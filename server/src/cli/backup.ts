import path from 'node:path';
import pg from 'pg';
import { backupDatabase } from '../platform/db/backup';
import { openRuntime } from '../runtime';

/** `npm run backup -- [file]`: a consistent logical backup while Kontakt keeps running. */
export default async function backupCommand(argv: string[]): Promise<number> {
  const file = path.resolve(argv[0] ?? `kontakt-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.kbk.gz`);
  const runtime = await openRuntime();
  const client = new pg.Client({ connectionString: runtime.db.ownerUrl });
  await client.connect();
  try {
    const { tables } = await backupDatabase(client, file);
    console.log(`Backup written to ${file} (${tables} tables). Keep the master key (and code secret) apart from it.`);
    return 0;
  } finally {
    await client.end();
    await runtime.db.shutdown();
  }
}
