import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { runMaintenance } from './maintenance';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('maintenance job', () => {
  it('deletes ended sessions and old sign-in failures, and audits what it did', async () => {
    const org = await t.organisation();
    const user = await t.user(org, ['outreach']);
    const live = await t.as(user);
    const old = await t.as(user);
    const sessions = (await live.get('/api/me/sessions')).body.items as { id: string; current: boolean }[];
    const oldId = sessions.find((s) => !s.current)!.id;
    await t.db.ownerPool.query("UPDATE sessions SET expires_at = now() - interval '2 days' WHERE id = $1", [oldId]);
    await t.db.ownerPool.query(
      "INSERT INTO login_failures (key, at) VALUES ('account:x', now() - interval '2 hours'), ('account:y', now())",
    );

    const result = await runMaintenance(t.db.app, [org]);
    expect(result).toEqual({ sessions: 1, failures: 1 });
    expect((await old.get('/api/me/sessions')).status).toBe(401);
    expect((await live.get('/api/me/sessions')).status).toBe(200);
    const { rows } = await t.db.ownerPool.query(
      "SELECT details FROM audit_events WHERE action = 'maintenance.sessions_purged'",
    );
    expect(rows).toEqual([{ details: { count: 1 } }]);
  });
});
