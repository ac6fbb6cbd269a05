import PgBoss from 'pg-boss';
import { startAuditSealing } from './audit-sealing';
import type { JobDeps } from './deps';
import { runMaintenance } from './maintenance';

const maintenanceQueue = 'platform.maintenance';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Background jobs on PostgreSQL (pg-boss): queues, schedules and retries live
 * in the database, so several app servers share them and none runs twice.
 */
/** A module's jobs: queues, schedules and workers it adds to the runner (modules register, the platform runs). */
export type JobRegistration = (boss: PgBoss, deps: JobDeps) => Promise<void>;

export async function startJobs(deps: JobDeps, modules: readonly JobRegistration[] = []): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: deps.ownerUrl, max: 2, schema: 'pgboss' });
  boss.on('error', (error) => deps.log.error({ err: { type: error.name } }, 'jobs: error'));
  await boss.start();
  await boss.createQueue(maintenanceQueue);
  await boss.schedule(maintenanceQueue, '*/15 * * * *');
  await boss.work(maintenanceQueue, async () => {
    const { rows } = await deps.ownerPool.query<{ id: string }>('SELECT id FROM organisations');
    const result = await runMaintenance(
      deps.app,
      rows.map((r) => r.id),
    );
    deps.log.info(result, 'jobs: maintenance done');
  });
  const stopSealing = await startAuditSealing(boss, deps);
  for (const register of modules) await register(boss, deps);
  return {
    boss,
    stop: async () => {
      stopSealing();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
