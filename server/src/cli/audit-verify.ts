import { sealAuditChain } from '../platform/audit/seal';
import { verifyAuditChain } from '../platform/audit/verify';
import { withTenant } from '../platform/db/tenancy';
import { openRuntime } from '../runtime';

/**
 * `npm run audit:verify`: recomputes every organisation's audit chain and
 * exits non-zero when any link is broken (for cron and monitoring).
 */
export default async function auditVerifyCommand(): Promise<number> {
  const runtime = await openRuntime();
  let broken = 0;
  try {
    const { rows } = await runtime.db.ownerPool.query<{ id: string; slug: string }>(
      'SELECT id, slug FROM organisations ORDER BY slug',
    );
    for (const org of rows) {
      await sealAuditChain(runtime.db.app, org.id);
      const report = await withTenant(runtime.db.app, { organisationId: org.id, userId: null }, (tx) =>
        verifyAuditChain(tx, org.id),
      );
      if (!report.ok) broken++;
      console.log(
        `${org.slug}: ${report.ok ? 'intact' : report.brokenAtSeq ? `BROKEN at event ${report.brokenAtSeq}` : `BROKEN: ${report.outside} events outside the chain`} (${report.checked} events checked, ${report.pending} pending)`,
      );
    }
  } finally {
    await runtime.db.shutdown();
  }
  return broken ? 1 : 0;
}
