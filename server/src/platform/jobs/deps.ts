import type pg from 'pg';
import type { Db } from '../db/pool';
import type { Logger } from '../logging';

/** What job handlers get: the owner's connection for cross-organisation look-ups, the app database for the work. */
export interface JobDeps {
  ownerUrl: string;
  ownerPool: pg.Pool;
  app: Db;
  log: Logger;
}
