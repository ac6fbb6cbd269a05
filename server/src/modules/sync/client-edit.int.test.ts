import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '#core/sync/hlc';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * `client.update`: offline edits of a client's profile fields merge field by
 * field; two edits of one field made without seeing each other leave the later
 * one on the client and exactly one conflict entry with the other value.
 */
let t: TestApp;
let worker: TestUser;
let w: ApiClient;
let colleague: ApiClient;
let colleagueUser: TestUser;
let coordinator: ApiClient;
let peer: ApiClient;
let phoneA: string;
let phoneB: string;
let peerPhone: string;
let groups: string[];

/** Phone edits are stamped an hour ago, so the server's own stamps (now) come after them. */
const past = Date.now() - 3_600_000;
const at = (offset: number, node: string) => formatHlc({ ms: past + offset, counter: 0, node });

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Field edits org');
  worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  colleagueUser = await t.user(org, ['outreach']);
  colleague = await t.as(colleagueUser);
  coordinator = await t.as(await t.user(org, ['coordinator']));
  peer = await t.as(await t.user(org, ['peer']));
  phoneA = uuidv7();
  phoneB = uuidv7();
  peerPhone = uuidv7();
  expect((await w.post('/api/devices', { id: phoneA, name: 'Phone A' })).status).toBe(201);
  expect((await colleague.post('/api/devices', { id: phoneB, name: 'Phone B' })).status).toBe(201);
  expect((await peer.post('/api/devices', { id: peerPhone, name: 'Peer phone' })).status).toBe(201);
  groups = (await coordinator.get('/api/catalogues/target_group')).body.items.map((i: { id: string }) => i.id);
});
afterAll(() => t.close());

async function query<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await t.db.ownerPool.query(text, params)).rows as T[];
}

async function newClient(pseudonym = 'Marek'): Promise<string> {
  const res = await coordinator.post('/api/clients', { pseudonym });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

type Edit = { value: unknown; hlc: string; base: string | null };
const updateOp = (clientId: string, fields: Record<string, Edit>) => ({
  opId: uuidv7(),
  type: 'client.update' as const,
  recordId: clientId,
  payload: { fields },
});

async function push(as: ApiClient, deviceId: string, ...operations: unknown[]) {
  const res = await as.post('/api/sync/push', { deviceId, operations });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results as {
    opId: string;
    outcome: string;
    reason?: { code: string; message: string; fields?: Record<string, string> };
  }[];
}

const row = async (id: string) =>
  (
    await query<{ pseudonym: string; search_name: string; status: string; target_group_ids: string[] }>(
      'SELECT pseudonym, search_name, status, target_group_ids FROM clients WHERE id = $1',
      [id],
    )
  )[0]!;
const stamp = async (id: string, field: string) =>
  (
    await query<{ hlc: string; base: string | null; value: unknown; device_id: string | null; user_id: string | null }>(
      'SELECT hlc, base, value, device_id, user_id FROM client_field_stamps WHERE client_id = $1 AND field = $2',
      [id, field],
    )
  )[0];
const conflictsOf = (id: string) =>
  query<{
    field: string;
    losing_value: unknown;
    losing_hlc: string;
    losing_device_id: string | null;
    losing_user_id: string | null;
    winning_value: unknown;
    winning_hlc: string;
    winning_device_id: string | null;
    winning_user_id: string | null;
  }>('SELECT * FROM sync_conflicts WHERE client_id = $1 ORDER BY created_at', [id]);

describe('client.update', () => {
  it('applies a chain of sequential edits, each based on the one before, without a conflict', async () => {
    const id = await newClient();
    const first = at(1000, phoneA);
    const second = at(2000, phoneA);
    const third = at(3000, phoneB);
    const results = await push(
      w,
      phoneA,
      updateOp(id, { pseudonym: { value: 'Marek K', hlc: first, base: null } }),
      updateOp(id, { pseudonym: { value: '  Marek Kowal ', hlc: second, base: first } }),
    );
    expect(
      results.map((r) => r.outcome),
      JSON.stringify(results),
    ).toEqual(['applied', 'applied']);
    const [third_] = await push(
      colleague,
      phoneB,
      updateOp(id, { pseudonym: { value: 'Marek Kowalski', hlc: third, base: second } }),
    );
    expect(third_!.outcome).toBe('applied');
    expect(await row(id)).toMatchObject({ pseudonym: 'Marek Kowalski', search_name: 'marek kowalski' });
    expect(await stamp(id, 'pseudonym')).toMatchObject({
      hlc: third,
      base: second,
      value: 'Marek Kowalski',
      device_id: phoneB,
      user_id: colleagueUser.id,
    });
    expect(await conflictsOf(id)).toEqual([]);
    // Audited as the online update is: one "client.updated" per applied edit, from the phone.
    const audit = await query<{ details: { fields: string[]; via: string }; device_id: string }>(
      "SELECT details, device_id FROM audit_events WHERE action = 'client.updated' AND client_id = $1 ORDER BY at",
      [id],
    );
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ details: { fields: ['pseudonym'], via: 'sync' }, device_id: phoneA });
  });

  for (const order of ['earlier first', 'later first'] as const) {
    it(`two phones changing one field from the same base: the later wins, one conflict keeps the other (${order})`, async () => {
      const id = await newClient('Ola');
      const base = at(0, phoneA);
      expect(
        (await push(w, phoneA, updateOp(id, { pseudonym: { value: 'Ola B', hlc: base, base: null } })))[0]!.outcome,
      ).toBe('applied');
      const earlier = () =>
        push(w, phoneA, updateOp(id, { pseudonym: { value: 'Ola A', hlc: at(10_000, phoneA), base } }));
      const later = () =>
        push(colleague, phoneB, updateOp(id, { pseudonym: { value: 'Ola C', hlc: at(20_000, phoneB), base } }));
      const results =
        order === 'earlier first'
          ? [...(await earlier()), ...(await later())]
          : [...(await later()), ...(await earlier())];
      expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
      expect((await row(id)).pseudonym).toBe('Ola C');
      expect((await stamp(id, 'pseudonym'))?.hlc).toBe(at(20_000, phoneB));
      const entries = await conflictsOf(id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        field: 'pseudonym',
        losing_value: 'Ola A',
        losing_hlc: at(10_000, phoneA),
        losing_device_id: phoneA,
        losing_user_id: worker.id,
        winning_value: 'Ola C',
        winning_hlc: at(20_000, phoneB),
        winning_device_id: phoneB,
        winning_user_id: colleagueUser.id,
      });
    });
  }

  it('changes of different fields from the same base both apply, without a conflict', async () => {
    const id = await newClient('Jana');
    const a = await push(
      w,
      phoneA,
      updateOp(id, { pseudonym: { value: 'Jana N', hlc: at(1000, phoneA), base: null } }),
    );
    const b = await push(
      colleague,
      phoneB,
      updateOp(id, {
        targetGroupIds: { value: [groups[0], groups[1], groups[0]], hlc: at(2000, phoneB), base: null },
        status: { value: 'inactive', hlc: at(2000, phoneB), base: null },
      }),
    );
    expect([...a, ...b].map((r) => r.outcome)).toEqual(['applied', 'applied']);
    expect(await row(id)).toMatchObject({
      pseudonym: 'Jana N',
      status: 'inactive',
      target_group_ids: [groups[0], groups[1]],
    });
    expect(await conflictsOf(id)).toEqual([]);
  });

  it('in one operation, the field that does not conflict applies while the other one loses', async () => {
    const id = await newClient('Piotr');
    const base = at(0, phoneA);
    await push(w, phoneA, updateOp(id, { pseudonym: { value: 'Piotr 1', hlc: base, base: null } }));
    await push(colleague, phoneB, updateOp(id, { pseudonym: { value: 'Piotr 2', hlc: at(9000, phoneB), base } }));
    const [r] = await push(
      w,
      phoneA,
      updateOp(id, {
        pseudonym: { value: 'Piotr 3', hlc: at(5000, phoneA), base },
        status: { value: 'closed', hlc: at(5000, phoneA), base: null },
      }),
    );
    expect(r!.outcome).toBe('applied');
    expect(await row(id)).toMatchObject({ pseudonym: 'Piotr 2', status: 'closed' });
    const entries = await conflictsOf(id);
    expect(entries.map((e) => [e.field, e.losing_value, e.winning_value])).toEqual([
      ['pseudonym', 'Piotr 3', 'Piotr 2'],
    ]);
  });

  it('an online change is stamped by the server: a phone edit based on the older value conflicts with it', async () => {
    const id = await newClient('Tomek');
    const phoneStamp = at(1000, phoneA);
    await push(w, phoneA, updateOp(id, { pseudonym: { value: 'Tomek P', hlc: phoneStamp, base: null } }));
    const patch = await coordinator.patch(`/api/clients/${id}`, { pseudonym: 'Tomek Online', status: 'inactive' });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    expect(patch.body).toMatchObject({ pseudonym: 'Tomek Online', status: 'inactive' });
    const online = (await stamp(id, 'pseudonym'))!;
    expect(online.hlc).toMatch(/^\d{13}:\d{5}:server$/);
    expect(online).toMatchObject({ base: phoneStamp, value: 'Tomek Online', device_id: null });
    expect((await stamp(id, 'status'))?.base).toBeNull();
    // Made offline an hour ago, on the value before the online change: it loses to it.
    const [r] = await push(
      colleague,
      phoneB,
      updateOp(id, {
        pseudonym: { value: 'Tomek Old', hlc: at(2000, phoneB), base: phoneStamp },
        status: { value: 'closed', hlc: at(2000, phoneB), base: null },
      }),
    );
    expect(r!.outcome).toBe('applied');
    expect(await row(id)).toMatchObject({ pseudonym: 'Tomek Online', status: 'inactive' });
    const entries = await conflictsOf(id);
    expect(entries.map((e) => [e.field, e.losing_value, e.winning_value, e.losing_device_id])).toEqual([
      ['pseudonym', 'Tomek Old', 'Tomek Online', phoneB],
      ['status', 'closed', 'inactive', phoneB],
    ]);
    // A phone edit made after the online change without seeing it wins; the online value waits.
    const future = formatHlc({ ms: Date.now() + 60_000, counter: 0, node: phoneA });
    await push(w, phoneA, updateOp(id, { pseudonym: { value: 'Tomek New', hlc: future, base: phoneStamp } }));
    expect((await row(id)).pseudonym).toBe('Tomek New');
    const last = (await conflictsOf(id)).at(-1)!;
    expect(last).toMatchObject({ losing_value: 'Tomek Online', losing_device_id: null, winning_value: 'Tomek New' });
    expect(last.losing_user_id).not.toBeNull();
  });

  it('delivered twice, or sent again under a new operation id, adds no second conflict', async () => {
    const id = await newClient('Ewa');
    const base = at(0, phoneA);
    await push(w, phoneA, updateOp(id, { pseudonym: { value: 'Ewa 0', hlc: base, base: null } }));
    const winner = updateOp(id, { pseudonym: { value: 'Ewa B', hlc: at(9000, phoneB), base } });
    const loser = updateOp(id, { pseudonym: { value: 'Ewa A', hlc: at(5000, phoneA), base } });
    await push(colleague, phoneB, winner);
    expect((await push(w, phoneA, loser))[0]!.outcome).toBe('applied');
    expect((await push(w, phoneA, loser))[0]!.outcome).toBe('already_applied');
    expect((await push(w, phoneA, { ...loser, opId: uuidv7() }))[0]!.outcome).toBe('applied');
    expect((await push(colleague, phoneB, { ...winner, opId: uuidv7() }))[0]!.outcome).toBe('applied');
    expect((await conflictsOf(id)).map((e) => e.losing_value)).toEqual(['Ewa A']);
    expect((await row(id)).pseudonym).toBe('Ewa B');
    expect(
      await query("SELECT 1 FROM audit_events WHERE action = 'sync_conflict.recorded' AND client_id = $1", [id]),
    ).toHaveLength(1);
    // The same edit delivered to a client that already holds it changes nothing.
    expect(
      await query("SELECT 1 FROM audit_events WHERE action = 'client.updated' AND client_id = $1", [id]),
    ).toHaveLength(2);
  });

  it('rejects a bad payload per operation with the translated reason, applying the good ones', async () => {
    const id = await newClient('Kasia');
    const merged = await newClient('Kasia dup');
    expect((await coordinator.post(`/api/clients/${id}/merge`, { duplicateId: merged })).status).toBe(201);
    const other = await newClient('Zofia');
    const hlc = at(1000, phoneA);
    const ops = [
      updateOp(other, { pseudonym: { value: 'Zofia Z', hlc, base: null } }),
      updateOp(other, { pseudonym: { value: 'Zofia', hlc: 'yesterday', base: null } }),
      updateOp(other, { birthYear: { value: 1990, hlc, base: null } }),
      updateOp(other, { status: { value: 'merged', hlc, base: null } }),
      updateOp(other, { pseudonym: { value: '   ', hlc, base: null } }),
      updateOp(other, {}),
      updateOp(other, { pseudonym: { value: 'Zofia', hlc, base: at(5000, phoneA) } }),
      updateOp(other, { targetGroupIds: { value: [uuidv7()], hlc, base: null } }),
      updateOp(uuidv7(), { pseudonym: { value: 'Nobody', hlc, base: null } }),
      updateOp(merged, { pseudonym: { value: 'Merged', hlc, base: null } }),
      { ...updateOp(other, {}), payload: { pseudonym: 'flat' } },
    ];
    // A worker whose account speaks Polish: reasons come in the caller's language.
    const polish = await t.user(worker.organisationId, ['outreach']);
    await query("UPDATE users SET locale = 'pl' WHERE id = $1", [polish.id]);
    const pl = await t.as(polish);
    const phone = uuidv7();
    expect((await pl.post('/api/devices', { id: phone, name: 'Telefon' })).status).toBe(201);
    const results = await push(pl, phone, ...ops);
    expect(results.map((r) => r.outcome)).toEqual(['applied', ...Array(10).fill('rejected')]);
    const fieldsOf = (i: number) => Object.keys(results[i]!.reason!.fields ?? {});
    expect(fieldsOf(1)).toEqual(['fields.pseudonym.hlc']);
    expect(fieldsOf(2)).toContain('fields.birthYear');
    expect(fieldsOf(3)).toEqual(['fields.status.value']);
    expect(fieldsOf(4)).toEqual(['fields.pseudonym.value']);
    expect(fieldsOf(5)).toEqual(['fields']);
    expect(fieldsOf(6)).toEqual(['fields.pseudonym.base']);
    expect(fieldsOf(7)).toEqual(['targetGroupIds']);
    expect(results[8]!.reason!.code).toBe('not_found');
    expect(fieldsOf(9)).toEqual(['id']);
    expect(fieldsOf(10)).toEqual(expect.arrayContaining(['fields', 'pseudonym']));
    for (const r of results.slice(1)) expect(r.reason!.message).not.toMatch(/^errors\./);
    expect(results[1]!.reason!.message).toBe('Niektóre pola wymagają poprawy.');
    expect(results[7]!.reason!.fields!.targetGroupIds).not.toMatch(/^validation\./);
    expect((await row(other)).pseudonym).toBe('Zofia Z');
    expect(
      await query('SELECT 1 FROM sync_operations WHERE op_id = ANY($1)', [ops.slice(1).map((o) => o.opId)]),
    ).toEqual([]);
  });

  it('needs the right to change clients: a peer educator’s edit is refused', async () => {
    const id = await newClient('Adam');
    const [r] = await push(
      peer,
      peerPhone,
      updateOp(id, { pseudonym: { value: 'Adam P', hlc: at(1, peerPhone), base: null } }),
    );
    expect(r).toMatchObject({ outcome: 'rejected', reason: { code: 'forbidden' } });
    expect((await row(id)).pseudonym).toBe('Adam');
  });
});
