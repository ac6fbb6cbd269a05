import type PgBoss from 'pg-boss';
import { onAuditAppended } from '../audit/record';
import { sealAuditChain } from '../audit/seal';
import type { JobDeps } from './deps';

export const auditSealQueue = 'platform.audit-seal';

/** After an event is appended, a seal job is asked for at most this often per process. */
const debounceMs = 1_000;

/** Seals every organisation that has events waiting; returns how many events. */
export async function sealPending(deps: Pick<JobDeps, 'ownerPool' | 'app'>): Promise<number> {
  const { rows } = await deps.ownerPool.query<{ organisation_id: string }>(
    'SELECT DISTINCT organisation_id FROM audit_unsealed',
  );
  let sealed = 0;
  for (const r of rows) sealed += await sealAuditChain(deps.app, r.organisation_id);
  return sealed;
}

/**
 * Audit events join the hash chain within seconds: each append asks (at most
 * once a second) for a seal job, a singleton so bursts collapse into one, and
 * a schedule every minute catches whatever a crash left behind.
 */
export async function startAuditSealing(boss: PgBoss, deps: JobDeps): Promise<() => void> {
  await boss.createQueue(auditSealQueue, { name: auditSealQueue, policy: 'singleton' });
  await boss.schedule(auditSealQueue, '* * * * *');
  await boss.work(auditSealQueue, { pollingIntervalSeconds: 1 }, async () => {
    const sealed = await sealPending(deps);
    if (sealed > 0) deps.log.debug({ sealed }, 'jobs: audit events sealed');
  });
  let timer: NodeJS.Timeout | null = null;
  onAuditAppended(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      boss
        .send(auditSealQueue, {})
        .catch((error: Error) => deps.log.warn({ err: { type: error.name } }, 'jobs: seal request failed'));
    }, debounceMs);
    timer.unref();
  });
  return () => {
    onAuditAppended(null);
    if (timer) clearTimeout(timer);
  };
}
