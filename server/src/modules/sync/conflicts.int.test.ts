import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#core/roles';
import { formatHlc } from '#core/sync/hlc';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/** The coordinators' inbox of conflicting offline edits: read, resolve once, only in one's own organisation. */
let t: TestApp;
let org: string;
let worker: TestUser;
let w: ApiClient;
let colleague: ApiClient;
let coordinatorUser: TestUser;
let coordinator: ApiClient;
let admin: ApiClient;
let phoneA: string;
let phoneB: string;
let groups: string[];

const past = Date.now() - 3_600_000;
const at = (offset: number, node: string) => formatHlc({ ms: past + offset, counter: 0, node });

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Inbox org');
  worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  colleague = await t.as(await t.user(org, ['outreach']));
  coordinatorUser = await t.user(org, ['coordinator']);
  coordinator = await t.as(coordinatorUser);
  admin = await t.as(await t.user(org, ['admin']));
  phoneA = uuidv7();
  phoneB = uuidv7();
  expect((await w.post('/api/devices', { id: phoneA, name: 'Phone A' })).status).toBe(201);
  expect((await colleague.post('/api/devices', { id: phoneB, name: 'Phone B' })).status).toBe(201);
  groups = (await coordinator.get('/api/catalogues/target_group')).body.items.map((i: { id: string }) => i.id);
});
afterAll(() => t.close());

const query = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await t.db.ownerPool.query(text, params)).rows as T[];

async function push(as: ApiClient, deviceId: string, clientId: string, fields: Record<string, unknown>) {
  const op = { opId: uuidv7(), type: 'client.update', recordId: clientId, payload: { fields } };
  const res = await as.post('/api/sync/push', { deviceId, operations: [op] });
  expect(res.body.results?.[0]?.outcome, JSON.stringify(res.body)).toBe('applied');
}

/** A client whose pseudonym two phones changed from the same base: B's later edit wins, A's waits in the inbox. */
async function conflictOn(pseudonym: string, field: 'pseudonym' | 'targetGroupIds' = 'pseudonym') {
  const id = (await coordinator.post('/api/clients', { pseudonym })).body.id as string;
  const values = field === 'pseudonym' ? [`${pseudonym} A`, `${pseudonym} B`] : [[groups[0]], [groups[1], groups[2]]];
  await push(w, phoneA, id, { [field]: { value: values[0], hlc: at(1000, phoneA), base: null } });
  await push(colleague, phoneB, id, { [field]: { value: values[1], hlc: at(2000, phoneB), base: null } });
  const [row] = await query<{ id: string }>('SELECT id FROM sync_conflicts WHERE client_id = $1', [id]);
  return { clientId: id, conflictId: row!.id };
}

type Conflict = {
  id: string;
  clientId: string;
  pseudonym: string;
  field: string;
  currentValue: unknown;
  winning: Record<string, unknown>;
  losing: Record<string, unknown>;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
};

describe('conflict inbox', () => {
  it('lists open conflicts with the pseudonym, both values, who and when, paged; each person read is audited', async () => {
    const first = await conflictOn('Lena');
    const second = await conflictOn('Igor', 'targetGroupIds');
    const res = await coordinator.get('/api/sync/conflicts');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1 });
    const items = res.body.items as Conflict[];
    // Newest first.
    expect(items.map((i) => i.id)).toEqual([second.conflictId, first.conflictId]);
    expect(items[1]).toMatchObject({
      clientId: first.clientId,
      pseudonym: 'Lena B',
      field: 'pseudonym',
      currentValue: 'Lena B',
      winning: { value: 'Lena B', hlc: at(2000, phoneB), deviceId: phoneB, deviceName: 'Phone B' },
      losing: {
        value: 'Lena A',
        hlc: at(1000, phoneA),
        at: new Date(past + 1000).toISOString(),
        userId: worker.id,
        deviceId: phoneA,
        deviceName: 'Phone A',
      },
      resolution: null,
    });
    expect(items[1]!.losing.userName).toEqual(expect.any(String));
    expect(items[0]).toMatchObject({ field: 'targetGroupIds', losing: { value: [groups[0]] } });
    expect(items[0]!.winning.value).toEqual([groups[1], groups[2]]);

    const paged = await coordinator.get('/api/sync/conflicts?page=2&pageSize=1');
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items.map((i: Conflict) => i.id)).toEqual([first.conflictId]);
    expect((await coordinator.get('/api/sync/conflicts?status=resolved')).body).toMatchObject({ total: 0, items: [] });
    // Admins read the inbox (clients: read); they do not change clients, so they do not resolve.
    expect((await admin.get('/api/sync/conflicts')).body.total).toBe(2);
    const refused = await admin.post(`/api/sync/conflicts/${first.conflictId}/resolve`, { keep: 'current' });
    expect(refused.status).toBe(403);

    const reads = await query<{ client_id: string }>(
      "SELECT client_id FROM audit_events WHERE action = 'client.read' AND entity_type = 'sync_conflicts' AND actor_user_id = $1",
      [coordinatorUser.id],
    );
    expect(reads.filter((r) => r.client_id === first.clientId)).toHaveLength(2);
    expect(reads.filter((r) => r.client_id === second.clientId)).toHaveLength(1);
    // Settle both, so the next tests start from an empty inbox.
    for (const c of [first, second])
      expect((await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'current' })).status).toBe(
        200,
      );
  });

  it('keep current: the client stays as it is; a second answer is a translated 409', async () => {
    const c = await conflictOn('Olek');
    const res = await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'current' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: c.conflictId,
      resolution: 'kept',
      resolvedBy: coordinatorUser.id,
      currentValue: 'Olek B',
    });
    expect(res.body.resolvedAt).not.toBeNull();
    expect((await query('SELECT pseudonym FROM clients WHERE id = $1', [c.clientId]))[0]).toEqual({
      pseudonym: 'Olek B',
    });
    const again = await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'other' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.fields.id).toBe('This conflict has already been resolved.');
    // In the caller's language.
    const ukrainian = await t.user(org, ['coordinator']);
    await query("UPDATE users SET locale = 'uk' WHERE id = $1", [ukrainian.id]);
    const uk = await (await t.as(ukrainian)).post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'current' });
    expect(uk.status).toBe(409);
    expect(uk.body.error.fields.id).toBe('Цей конфлікт уже вирішено.');
    const resolved = await coordinator.get('/api/sync/conflicts?status=resolved');
    expect(resolved.body.items.map((i: Conflict) => i.id)).toContain(c.conflictId);
    expect(
      await query("SELECT details FROM audit_events WHERE action = 'sync_conflict.resolved' AND entity_id = $1", [
        c.conflictId,
      ]),
    ).toEqual([{ details: { field: 'pseudonym', resolution: 'kept' } }]);
  });

  it('take other: the value that lost goes on the client, stamped anew by the server', async () => {
    const c = await conflictOn('Rita');
    const before = (
      await query<{ hlc: string }>("SELECT hlc FROM client_field_stamps WHERE client_id = $1 AND field = 'pseudonym'", [
        c.clientId,
      ])
    )[0]!;
    const res = await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'other' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ resolution: 'took_other', currentValue: 'Rita A', pseudonym: 'Rita A' });
    expect((await query('SELECT pseudonym, search_name FROM clients WHERE id = $1', [c.clientId]))[0]).toEqual({
      pseudonym: 'Rita A',
      search_name: 'rita a',
    });
    const after = (
      await query<{ hlc: string; base: string; user_id: string; device_id: string | null }>(
        "SELECT hlc, base, user_id, device_id FROM client_field_stamps WHERE client_id = $1 AND field = 'pseudonym'",
        [c.clientId],
      )
    )[0]!;
    expect(after).toMatchObject({ base: before.hlc, user_id: coordinatorUser.id, device_id: null });
    expect(after.hlc > before.hlc).toBe(true);
    expect(after.hlc).toMatch(/:server$/);
    // The phone that still holds B's value, based on B's stamp, now edits concurrently with the resolution.
    await push(colleague, phoneB, c.clientId, {
      pseudonym: { value: 'Rita C', hlc: at(3000, phoneB), base: before.hlc },
    });
    const open = await coordinator.get('/api/sync/conflicts');
    expect(open.body.items.map((i: Conflict) => [i.clientId, i.losing.value])).toEqual([[c.clientId, 'Rita C']]);
    await coordinator.post(`/api/sync/conflicts/${open.body.items[0].id}/resolve`, { keep: 'current' });
    const audit = await query<{ details: unknown }>(
      "SELECT details FROM audit_events WHERE action = 'client.updated' AND client_id = $1 AND actor_user_id = $2",
      [c.clientId, coordinatorUser.id],
    );
    expect(audit.map((a) => a.details)).toContainEqual({ fields: ['pseudonym'], via: 'sync_conflict' });
  });

  it('refuses the inbox to roles that do not review conflicts', async () => {
    const c = await conflictOn('Hana');
    for (const role of ['outreach', 'peer', 'counsellor', 'reception', 'volunteer', 'viewer'] as Role[]) {
      const as = await t.as(await t.user(org, [role], role === 'counsellor' ? { disciplines: ['social'] } : {}));
      const list = await as.get('/api/sync/conflicts');
      expect(list.status, role).toBe(403);
      expect(list.body.error.code).toBe('forbidden');
      expect((await as.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'other' })).status, role).toBe(403);
    }
    await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'current' });
  });

  it("never shows or resolves another organisation's conflicts", async () => {
    const c = await conflictOn('Vera');
    const otherOrg = await t.organisation('Elsewhere');
    const stranger = await t.as(await t.user(otherOrg, ['coordinator', 'admin']));
    const list = await stranger.get('/api/sync/conflicts');
    expect(list.body).toMatchObject({ total: 0, items: [] });
    const res = await stranger.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'other' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await query('SELECT resolved_at FROM sync_conflicts WHERE id = $1', [c.conflictId]))[0]).toEqual({
      resolved_at: null,
    });
    await coordinator.post(`/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'current' });
  });

  it('answers bad input with a translated 400, never a 500', async () => {
    const c = await conflictOn('Dana');
    const cases: [string, string, unknown, string][] = [
      ['GET', '/api/sync/conflicts?status=all', undefined, 'querystring.status'],
      ['GET', '/api/sync/conflicts?page=0', undefined, 'querystring.page'],
      ['GET', '/api/sync/conflicts?pageSize=100000', undefined, 'querystring.pageSize'],
      ['GET', '/api/sync/conflicts?sort=x', undefined, 'querystring.sort'],
      ['POST', `/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'mine' }, 'keep'],
      ['POST', `/api/sync/conflicts/${c.conflictId}/resolve`, {}, 'keep'],
      ['POST', `/api/sync/conflicts/${c.conflictId}/resolve`, { keep: 'other', why: 1 }, 'why'],
      ['POST', '/api/sync/conflicts/not-an-id/resolve', { keep: 'other' }, 'params.id'],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await coordinator.request(method as 'GET', url, body);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields), `${url} ${JSON.stringify(body)}`).toContain(field);
      expect(res.body.error.fields[field]).not.toMatch(/^validation\./);
    }
    expect((await coordinator.post(`/api/sync/conflicts/${uuidv7()}/resolve`, { keep: 'other' })).status).toBe(404);
    // Taking a value the catalogue no longer has is refused as the online change would be.
    const g = await conflictOn('Gosia', 'targetGroupIds');
    await query('UPDATE sync_conflicts SET losing_value = $2 WHERE id = $1', [
      g.conflictId,
      JSON.stringify([uuidv7()]),
    ]);
    const refused = await coordinator.post(`/api/sync/conflicts/${g.conflictId}/resolve`, { keep: 'other' });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(['targetGroupIds']);
    expect((await query('SELECT resolved_at FROM sync_conflicts WHERE id = $1', [g.conflictId]))[0]).toEqual({
      resolved_at: null,
    });
  });
});
