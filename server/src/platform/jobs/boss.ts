import PgBoss from 'pg-boss';
import type { Runtime } from '../../runtime';
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
export async function startJobs(runtime: Runtime): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: runtime.db.ownerUrl, max: 2, schema: 'pgboss' });
  boss.on('error', (error) => runtime.log.error({ err: { type: error.name } }, 'jobs: error'));
  await boss.start();
  await boss.createQueue(maintenanceQueue);
  await boss.schedule(maintenanceQueue, '*/15 * * * *');
  await boss.work(maintenanceQueue, async () => {
    const { rows } = await runtime.db.ownerPool.query<{ id: string }>('SELECT id FROM organisations');
    const result = await runMaintenance(
      runtime.db.app,
      rows.map((r) => r.id),
    );
    runtime.log.info(result, 'jobs: maintenance done');
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
