import { openRuntime } from '../runtime';

/** `npm run migrate`: applies pending migrations (the start does it too) and exits. */
export default async function migrateCommand(): Promise<number> {
  const runtime = await openRuntime();
  runtime.log.info('database: migrations are up to date');
  await runtime.db.shutdown();
  return 0;
}
