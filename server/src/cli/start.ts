import { buildApp } from '../app';
import { ensureDemo } from '../demo/ensure';
import { moduleJobs } from '../modules/index';
import { loadConfig } from '../platform/config';
import { startJobs } from '../platform/jobs/boss';
import { acquireRunLock } from '../platform/run-lock';
import { openRuntime } from '../runtime';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data
 * on a first start, background jobs, then HTTP. SIGTERM/SIGINT stop it in the
 * reverse order, so no request is cut mid-transaction and PostgreSQL shuts
 * down cleanly.
 */
export default async function startCommand(): Promise<undefined> {
  const started = Date.now();
  const releaseLock = await acquireRunLock(loadConfig().dataDir);
  const runtime = await openRuntime();
  const { config, log } = runtime;
  const demo = config.demo ? await ensureDemo(runtime) : null;
  const jobs = config.jobs
    ? await startJobs(
        { ownerUrl: runtime.db.ownerUrl, ownerPool: runtime.db.ownerPool, app: runtime.db.app, log },
        moduleJobs,
      )
    : null;
  const app = await buildApp({
    db: runtime.db.app,
    keyring: runtime.keyring,
    codeSecretRoot: runtime.codeSecretRoot,
    config,
    logger: log,
  });
  const address = await app.listen({ port: config.port, host: config.host });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await jobs?.stop();
    await runtime.db.shutdown();
    await releaseLock();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const url = address.replace('127.0.0.1', 'localhost');
  console.log(`\nKontakt is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`API documentation: ${url}/api/docs`);
  if (demo) console.log(demo.summary);
  return undefined;
}
