import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { registerOutreachJobs } from './index';

let t: TestApp;
let boss: PgBoss;

beforeAll(async () => {
  t = await startTestApp();
  boss = new PgBoss({ connectionString: t.db.ownerUrl, max: 2, schema: 'pgboss' });
  boss.on('error', () => undefined);
  await boss.start();
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true, timeout: 5_000 });
  await t.close();
});

describe('outreach rollup job', () => {
  it('is scheduled every minute and folds every organisation that is due when it runs', async () => {
    const org = await t.organisation('Job');
    const user = await t.user(org, ['outreach']);
    const as = await t.as(user);
    const res = await as.post('/api/contacts', { kind: 'anonymous', channel: 'street', headCount: 3 });
    expect(res.status).toBe(201);
    const logged: unknown[] = [];
    await registerOutreachJobs(boss, {
      ownerPool: t.db.ownerPool,
      app: t.db.app,
      log: { info: (fields: unknown) => logged.push(fields) } as never,
    });
    expect((await boss.getSchedules()).map((s) => [s.name, s.cron])).toContainEqual(['outreach.rollups', '* * * * *']);
    await boss.send('outreach.rollups', {});
    const folded = async () =>
      (await t.db.ownerPool.query('SELECT time_zone FROM outreach_rollup_state WHERE organisation_id = $1', [org]))
        .rows;
    for (let i = 0; i < 100 && (await folded()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await folded()).toEqual([{ time_zone: 'Europe/Warsaw' }]);
    const { rows } = await t.db.ownerPool.query(
      'SELECT sum(anonymous)::int AS heads FROM outreach_daily WHERE organisation_id = $1 AND dim = $2',
      [org, 'channel'],
    );
    expect(rows[0].heads).toBe(3);
    expect(logged).toContainEqual(expect.objectContaining({ organisations: expect.any(Number) }));
  }, 30_000);
});
