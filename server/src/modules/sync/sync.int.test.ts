import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { openShiftFixture } from './test-fixture';

/**
 * The server side of offline field work: phones are enrolled and revoked, and an
 * outbox batch is applied once per operation however often it is delivered.
 */
let t: TestApp;
let org: string;
let worker: TestUser;
let w: ApiClient;
let colleague: ApiClient;
let counsellor: ApiClient;
let admin: ApiClient;
let shiftId: string;
let personId: string;
let condoms: string;
let deviceId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Offline org');
  worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  colleague = await t.as(await t.user(org, ['outreach']));
  counsellor = await t.as(await t.user(org, ['counsellor'], { disciplines: ['social'] }));
  admin = await t.as(await t.user(org, ['admin']));
  const fixture = await openShiftFixture(t, org, worker);
  ({ shiftId, personId, condoms } = fixture);
  const { coordinator, teamId } = fixture;
  await coordinator.post('/api/stock/movements', { teamId, materialId: condoms, kind: 'received', quantity: 50 });
  deviceId = uuidv7();
});
afterAll(() => t.close());

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return rows[0].n;
}

const contactOp = (payload: Record<string, unknown> = {}) => ({
  opId: uuidv7(),
  type: 'contact.record' as const,
  recordId: uuidv7(),
  payload: {
    kind: 'repeat',
    clientId: personId,
    shiftId,
    materials: [{ materialId: condoms, quantity: 2 }],
    ...payload,
  },
});

describe('devices', () => {
  it('enrols a phone under the id it made, once; lists it to its owner and to admins only', async () => {
    const first = await w.post('/api/devices', { id: deviceId, name: 'Samsung A10' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ id: deviceId, userId: worker.id, name: 'Samsung A10', revokedAt: null });
    expect((await w.post('/api/devices', { id: deviceId, name: 'Samsung A10' })).status).toBe(200);
    expect((await colleague.post('/api/devices', { id: deviceId, name: 'Mine now' })).status).toBe(409);
    expect((await w.get('/api/devices')).body.items.map((d: { id: string }) => d.id)).toEqual([deviceId]);
    expect((await colleague.get('/api/devices')).body.items).toEqual([]);
    expect((await admin.get('/api/devices')).body.items.map((d: { id: string }) => d.id)).toContain(deviceId);
    expect(await count('audit_events', `action = 'device.enrolled' AND entity_id = '${deviceId}'`)).toBe(1);
    expect((await w.post('/api/devices', { id: 'phone-1', name: 'x' })).status).toBe(400);
    expect((await w.post('/api/devices', { id: uuidv7(), name: '' })).status).toBe(400);
  });
});

describe('sync push', () => {
  it('applies each operation once, answers each, and rejects a bad one alone with the reason', async () => {
    const good = [contactOp(), contactOp({ kind: 'anonymous', clientId: null, headCount: 3, materials: [] })];
    const bad = contactOp({ kind: 'anonymous', clientId: null, headCount: 0 });
    const batch = { deviceId, operations: [good[0]!, bad, good[1]!] };
    const before = await count('contacts');
    const res = await w.post('/api/sync/push', batch);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.device).toBe('active');
    expect(res.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected', 'applied']);
    expect(res.body.results[1].reason.code).toBe('validation_failed');
    expect(Object.keys(res.body.results[1].reason.fields)).toContain('headCount');
    expect(await count('contacts')).toBe(before + 2);
    expect(await count('contacts', `id = '${good[0]!.recordId}'`)).toBe(1);
    expect(await count('stock_movements', `contact_id = '${good[0]!.recordId}'`)).toBe(1);

    // The same batch again (an answer lost on the way): nothing new.
    const again = await w.post('/api/sync/push', batch);
    expect(again.body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'already_applied',
      'rejected',
      'already_applied',
    ]);
    expect(await count('contacts')).toBe(before + 2);
    expect(await count('sync_operations', `device_id = '${deviceId}'`)).toBe(2);
    expect((await w.get('/api/devices')).body.items[0].lastSyncAt).not.toBeNull();
  });

  it('creates a person met offline and records their first card in the same batch, once', async () => {
    const person = uuidv7();
    const create = {
      opId: uuidv7(),
      type: 'client.create' as const,
      recordId: person,
      payload: { pseudonym: 'Zenek' },
    };
    const card = contactOp({ kind: 'first', clientId: person, initialSituation: { housing: 'street' } });
    const batch = { deviceId, operations: [create, card] };
    const res = await w.post('/api/sync/push', batch);
    expect(
      res.body.results.map((r: { outcome: string }) => r.outcome),
      JSON.stringify(res.body),
    ).toEqual(['applied', 'applied']);
    expect(await count('clients', `id = '${person}' AND pseudonym = 'Zenek'`)).toBe(1);
    expect(await count('contacts', `client_id = '${person}'`)).toBe(1);
    // Another worker cannot claim the id; the same worker re-sending it (a new op) finds the same person.
    const claim = await colleague.post('/api/clients', { id: person, pseudonym: 'Other' });
    expect(claim.status).toBe(400);
    expect(claim.body.error.fields.id).toBeTruthy();
    const resent = await w.post('/api/sync/push', { deviceId, operations: [{ ...create, opId: uuidv7() }] });
    expect(resent.body.results[0].outcome).toBe('applied');
    expect(await count('clients', `id = '${person}'`)).toBe(1);
    expect(await count('audit_events', `action = 'client.created' AND entity_id = '${person}'`)).toBe(1);
  });

  it('applies reception’s offline check-in, services and check-out once; a worker without visits.record is refused', async () => {
    const site = (await admin.post('/api/sites', { name: 'Warming shelter', type: 'warming_shelter' })).body.id;
    const desk = await t.as(await t.user(org, ['reception']));
    const shower = (await admin.get('/api/catalogues/service')).body.items[0].id;
    const phone = uuidv7();
    expect((await desk.post('/api/devices', { id: phone, name: 'Desk tablet' })).status).toBe(201);
    const visit = uuidv7();
    const checkedInAt = new Date(Date.now() - 3_600_000).toISOString();
    const ops = [
      {
        opId: uuidv7(),
        type: 'visit.check_in',
        recordId: visit,
        payload: { siteId: site, clientId: personId, checkedInAt },
      },
      {
        opId: uuidv7(),
        type: 'visit.add_services',
        recordId: visit,
        payload: { services: [{ serviceId: shower, quantity: 1 }] },
      },
      {
        opId: uuidv7(),
        type: 'visit.check_out',
        recordId: visit,
        payload: { checkedOutAt: new Date().toISOString() },
      },
    ];
    const first = await desk.post('/api/sync/push', { deviceId: phone, operations: ops });
    expect(
      first.body.results.map((r: { outcome: string }) => r.outcome),
      JSON.stringify(first.body),
    ).toEqual(['applied', 'applied', 'applied']);
    const again = await desk.post('/api/sync/push', { deviceId: phone, operations: ops });
    expect(again.body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'already_applied',
      'already_applied',
      'already_applied',
    ]);
    expect(await count('visit_services', `visit_id = '${visit}'`)).toBe(1);
    expect(await count('visits', `id = '${visit}' AND checked_out_at IS NOT NULL`)).toBe(1);
    // The outreach worker's role does not record visits: refused alone, with the reason.
    const refused = await w.post('/api/sync/push', {
      deviceId,
      operations: [{ ...ops[0], opId: uuidv7(), recordId: uuidv7() }],
    });
    expect(refused.body.results[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'forbidden' } });
  });

  it('delivered twice at the same moment: one applies, the other finds it applied', async () => {
    const batch = { deviceId, operations: Array.from({ length: 5 }, () => contactOp()) };
    const before = await count('contacts');
    const [a, b] = await Promise.all([w.post('/api/sync/push', batch), w.post('/api/sync/push', batch)]);
    const outcomes = [...a.body.results, ...b.body.results].map((r: { outcome: string }) => r.outcome);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'already_applied')).toHaveLength(5);
    expect(await count('contacts')).toBe(before + 5);
  });

  it('rejects what the online route would refuse, writing nothing for it', async () => {
    const closed = contactOp({ shiftId: uuidv7() });
    const res = await w.post('/api/sync/push', { deviceId, operations: [closed] });
    expect(res.body.results[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'validation_failed' } });
    expect(res.body.results[0].reason.fields.shiftId).toBeTruthy();
    expect(await count('sync_operations', `op_id = '${closed.opId}'`)).toBe(0);
    expect(await count('contacts', `id = '${closed.recordId}'`)).toBe(0);
  });

  it('rejects an operation the role may not perform, and a device that is not the caller’s', async () => {
    const phone = uuidv7();
    expect((await counsellor.post('/api/devices', { id: phone, name: 'Counsellor phone' })).status).toBe(201);
    const res = await counsellor.post('/api/sync/push', { deviceId: phone, operations: [contactOp()] });
    expect(res.body.results[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'forbidden' } });
    expect((await colleague.post('/api/sync/push', { deviceId, operations: [] })).status).toBe(400);
    expect((await w.post('/api/sync/push', { deviceId, operations: [{ ...contactOp(), type: 'x' }] })).status).toBe(
      400,
    );
    const many = Array.from({ length: 1001 }, () => contactOp());
    expect((await w.post('/api/sync/push', { deviceId, operations: many })).status).toBe(400);
  });

  it('tells the phone the organisation’s maximum offline age at every push, as the admin sets it', async () => {
    const empty = await w.post('/api/sync/push', { deviceId, operations: [] });
    expect(empty.body).toMatchObject({ device: 'active', maxOfflineDays: 14, results: [] });
    expect((await admin.patch('/api/organisation', { settings: { maxOfflineDays: 5 } })).status).toBe(200);
    const told = await w.post('/api/sync/push', { deviceId, operations: [] });
    expect(told.body.maxOfflineDays).toBe(5);
    expect((await admin.patch('/api/organisation', { settings: { maxOfflineDays: 14 } })).status).toBe(200);
  });

  it('tells a revoked device to wipe and applies nothing from it', async () => {
    const phone = uuidv7();
    await w.post('/api/devices', { id: phone, name: 'Lost phone' });
    expect((await colleague.post(`/api/devices/${phone}/revoke`, {})).status).toBe(404);
    const revoked = await admin.post(`/api/devices/${phone}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const op = contactOp();
    const res = await w.post('/api/sync/push', { deviceId: phone, operations: [op] });
    expect(res.body).toEqual({ device: 'wipe', maxOfflineDays: 14, results: [] });
    expect(await count('contacts', `id = '${op.recordId}'`)).toBe(0);
    expect(await count('audit_events', `action = 'device.revoked' AND entity_id = '${phone}'`)).toBe(1);
  });
});
