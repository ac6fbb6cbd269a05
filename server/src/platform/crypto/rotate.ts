import { sql } from 'kysely';
import type pg from 'pg';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/pool';
import { withTenant } from '../db/tenancy';
import { columnAad, encryptedColumns } from './encrypted-columns';
import { fieldKeyVersion, unwrapDataKey, wrapDataKey } from './envelope';
import type { Keyring } from './keyring';

/**
 * Rotates one organisation's data key: a new version encrypts from now on,
 * every registered column is re-encrypted under it, then older versions are
 * retired. One transaction: a failure leaves the old key fully in charge.
 */
export async function rotateDataKey(
  db: Db,
  keyring: Keyring,
  organisationId: string,
): Promise<{ version: number; reencrypted: number }> {
  keyring.clear();
  return withTenant(db, { organisationId, userId: null }, async (tx) => {
    const version = await keyring.rotate(tx, organisationId);
    let reencrypted = 0;
    for (const { table, column, idColumn = 'id' } of encryptedColumns()) {
      const { rows } = await sql<{ id: string; value: string }>`
        SELECT ${sql.ref(idColumn)} AS id, ${sql.ref(column)} AS value FROM ${sql.table(table)} WHERE ${sql.ref(column)} IS NOT NULL FOR UPDATE`.execute(
        tx,
      );
      for (const row of rows) {
        if (fieldKeyVersion(row.value) === version) continue;
        const aad = columnAad(table, column, row.id);
        const plain = await keyring.decrypt(tx, organisationId, row.value, aad);
        const fresh = await keyring.encrypt(tx, organisationId, plain, aad);
        await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${fresh} WHERE ${sql.ref(idColumn)} = ${row.id}`.execute(
          tx,
        );
        reencrypted++;
      }
    }
    await keyring.retireOlder(tx, organisationId, version);
    await recordAudit(
      tx,
      { organisationId, userId: null, sessionId: null, ip: null },
      {
        action: 'crypto.data_key_rotated',
        details: { version, reencrypted },
      },
    );
    return { version, reencrypted };
  });
}

/**
 * Re-wraps every organisation's data keys under a new master key. Runs as the
 * owner (it spans organisations) in one transaction; data stays untouched.
 */
export async function rewrapUnderNewMaster(
  owner: pg.ClientBase,
  oldMaster: Buffer,
  newMaster: Buffer,
): Promise<number> {
  await owner.query('BEGIN');
  try {
    const { rows } = await owner.query<{ organisation_id: string; version: number; wrapped_key: Buffer }>(
      'SELECT organisation_id, version, wrapped_key FROM organisation_keys FOR UPDATE',
    );
    for (const r of rows) {
      const dek = unwrapDataKey(oldMaster, r.wrapped_key, r.organisation_id, r.version);
      await owner.query('UPDATE organisation_keys SET wrapped_key = $1 WHERE organisation_id = $2 AND version = $3', [
        wrapDataKey(newMaster, dek, r.organisation_id, r.version),
        r.organisation_id,
        r.version,
      ]);
    }
    await owner.query('COMMIT');
    return rows.length;
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}
