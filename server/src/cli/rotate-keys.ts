import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { parseRootSecret } from '../platform/crypto/master-key';
import { rewrapUnderNewMaster, rotateDataKey } from '../platform/crypto/rotate';
import { openRuntime } from '../runtime';

const usage = `Usage:
  npm run keys:rotate            new data key per organisation; every encrypted field re-encrypted
  npm run keys:rotate -- master  new master key; data keys re-wrapped (KONTAKT_NEW_MASTER_KEY, or generated)`;

/** `npm run keys:rotate`: rotates data keys, or the master key that wraps them. */
export default async function rotateKeysCommand(argv: string[]): Promise<number> {
  const mode = argv[0] ?? 'data';
  if (mode !== 'data' && mode !== 'master') {
    console.error(usage);
    return 2;
  }
  const runtime = await openRuntime();
  try {
    if (mode === 'data') {
      const { rows } = await runtime.db.ownerPool.query<{ id: string; slug: string }>(
        'SELECT id, slug FROM organisations',
      );
      for (const org of rows) {
        const r = await rotateDataKey(runtime.db.app, runtime.keyring, org.id);
        console.log(`${org.slug}: data key version ${r.version}, ${r.reencrypted} fields re-encrypted`);
      }
      return 0;
    }
    const fromEnv = process.env.KONTAKT_NEW_MASTER_KEY;
    const next = fromEnv ? parseRootSecret(fromEnv) : randomBytes(32);
    if (!next) {
      console.error('KONTAKT_NEW_MASTER_KEY must be 32 bytes as base64 or 64 hex characters.');
      return 2;
    }
    const client = new pg.Client({ connectionString: runtime.db.ownerUrl });
    await client.connect();
    const count = await rewrapUnderNewMaster(client, runtime.masterKey, next).finally(() => client.end());
    console.log(`${count} data keys re-wrapped under the new master key.`);
    if (process.env.KONTAKT_MASTER_KEY) {
      console.log('Now set KONTAKT_MASTER_KEY to the new key (KONTAKT_NEW_MASTER_KEY) and restart.');
    } else {
      const file = path.join(runtime.config.dataDir, 'master.key');
      await fs.copyFile(file, `${file}.previous`);
      await fs.writeFile(file, `${next.toString('base64')}\n`, { mode: 0o600 });
      console.log(`New master key written to ${file} (the old one kept as master.key.previous). Back it up.`);
    }
    return 0;
  } finally {
    await runtime.db.shutdown();
  }
}
