import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { verifyAuditChain } from '../audit/verify';
import { withTenant } from '../db/tenancy';
import { createLogger } from '../logging';
import { type Jobs, startJobs } from './boss';

let t: TestApp;
let jobs: Jobs;
beforeAll(async () => {
  t = await startTestApp();
  jobs = await startJobs({
    ownerUrl: t.db.ownerUrl,
    ownerPool: t.db.ownerPool,
    app: t.db.app,
    log: createLogger('error'),
  });
});
afterAll(async () => {
  await jobs?.stop();
  await t.close();
});

const unsealed = async (org: string) =>
  Number(
    (
      await t.db.ownerPool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_unsealed WHERE organisation_id = $1',
        [org],
      )
    ).rows[0]?.n,
  );

describe('audit sealing job', () => {
  it('links what the API appended into the chain within seconds, without anyone asking', async () => {
    const org = await t.organisation();
    const admin = await t.as(await t.user(org, ['admin']));
    for (const name of ['one', 'two', 'three'])
      expect((await admin.post('/api/sites', { name, type: 'drop_in_centre' })).status).toBe(201);
    const deadline = Date.now() + 15_000;
    while ((await unsealed(org)) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await unsealed(org)).toBe(0);
    const report = await withTenant(t.db.app, { organisationId: org, userId: null }, (tx) => verifyAuditChain(tx, org));
    expect(report).toMatchObject({ ok: true, pending: 0, outside: 0 });
    expect(report.checked).toBeGreaterThanOrEqual(4); // the admin user and three sites
  });
});
