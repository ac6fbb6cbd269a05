import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { appRolePassword, ensureAppRole } from '../src/platform/db/app-role';
import type { Databases } from '../src/platform/db/pool';
import { openDatabases, withCredentials } from '../src/platform/db/pool';

export const testMasterKey = Buffer.alloc(32, 7);
export const testCodeSecret = Buffer.alloc(32, 9);

export interface TestDatabase extends Databases {
  name: string;
  ownerUrl: string;
  appUrl: string;
}

function urlFor(database: string): string {
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh database cloned from the migrated template, with its own app role. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE kontakt_template`);
    const password = appRolePassword(testMasterKey, name);
    const role = await ensureAppRole(admin, name, password);
    const ownerUrl = urlFor(name);
    const appUrl = withCredentials(ownerUrl, role, password);
    return { ...openDatabases(ownerUrl, appUrl), name, ownerUrl, appUrl };
  } finally {
    await admin.end();
  }
}

/** Drops a test database (and its role) after closing its pools. */
export async function dropTestDatabase(db: TestDatabase): Promise<void> {
  await db.close();
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${db.name}_login`);
  } finally {
    await admin.end();
  }
}
