import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/platform/db/embedded';
import { migrate } from '../src/platform/db/migrate';
import { createLogger } from '../src/platform/logging';

export const templateDatabase = 'kontakt_template';

/**
 * One real PostgreSQL for the whole run (embedded, durability off for speed,
 * or TEST_DATABASE_URL's server); a migrated template database that each
 * test file clones, so files never share rows.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  let dataDir: string | null = null;
  if (external) {
    adminUrl = external;
  } else {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontakt-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, log: createLogger('warn'), unsafeFast: true });
    adminUrl = embedded.ownerUrl('postgres');
    stop = () => embedded.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDatabase}`;
  const template = new pg.Client({ connectionString: templateUrl.toString() });
  await template.connect();
  await migrate(template);
  await template.end();
  project.provide('adminUrl', adminUrl);
  return async () => {
    await stop();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
