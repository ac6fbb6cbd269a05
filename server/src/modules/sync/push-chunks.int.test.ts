import { v7 as uuidv7 } from 'uuid';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { operationHandlers } from './operations';
import { pushChunkSize } from './push';
import { openShiftFixture } from './test-fixture';

/**
 * A batch is applied in transactions of `pushChunkSize` operations with a
 * savepoint per operation: these are the edges of that — rejections inside and
 * at the border of a chunk, the same operation twice, two deliveries at once,
 * and a failure part-way (what a server killed mid-batch leaves).
 */
let t: TestApp;
let w: ApiClient;
let shiftId: string;
let personId: string;
let condoms: string;
let deviceId: string;

type Answer = { opId: string; outcome: string; reason?: { code: string; fields?: Record<string, string> } };

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Chunked org');
  const worker = await t.user(org, ['outreach']);
  ({ w, shiftId, personId, condoms } = await openShiftFixture(t, org, worker));
  deviceId = uuidv7();
  expect((await w.post('/api/devices', { id: deviceId, name: 'Phone' })).status).toBe(201);
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n;
}
const contactsOf = (ops: { recordId: string }[]) => count('contacts', 'id = ANY($1)', [ops.map((o) => o.recordId)]);
const remembered = (ops: { opId: string }[]) => count('sync_operations', 'op_id = ANY($1)', [ops.map((o) => o.opId)]);

const contactOp = (payload: Record<string, unknown> = {}) => ({
  opId: uuidv7(),
  type: 'contact.record' as const,
  recordId: uuidv7(),
  payload: {
    kind: 'repeat',
    clientId: personId,
    shiftId,
    materials: [{ materialId: condoms, quantity: 1 }],
    ...payload,
  },
});

async function push(operations: unknown[]): Promise<Answer[]> {
  const res = await w.post('/api/sync/push', { deviceId, operations });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
  return res.body.results;
}

describe('sync push in chunks', () => {
  it('rejects an operation inside a chunk or at its edge alone: its neighbours stay applied, it writes nothing and is not remembered', async () => {
    expect(pushChunkSize).toBe(50);
    const ops = Array.from({ length: 2 * pushChunkSize + 10 }, () => contactOp());
    // Refused by the service after the op id was written (its savepoint is rolled back) …
    const unknownShift = [0, pushChunkSize - 1, pushChunkSize + 27];
    // … and refused by the schema before anything is written.
    const invalid = [pushChunkSize, ops.length - 1];
    const bad = ops.map((op, i) =>
      unknownShift.includes(i)
        ? { ...op, payload: { ...op.payload, shiftId: uuidv7() } }
        : invalid.includes(i)
          ? { ...op, payload: { ...op.payload, materials: [{ materialId: condoms, quantity: -1 }] } }
          : op,
    );
    const results = await push(bad);
    expect(results.map((r) => r.opId)).toEqual(ops.map((o) => o.opId));
    const refused = [...unknownShift, ...invalid];
    results.forEach((r, i) => {
      expect(r.outcome, `op ${i}`).toBe(refused.includes(i) ? 'rejected' : 'applied');
    });
    for (const i of unknownShift) expect(results[i]!.reason?.fields?.shiftId).toBeTruthy();
    for (const i of invalid) expect(results[i]!.reason?.code).toBe('validation_failed');
    const rejectedOps = refused.map((i) => ops[i]!);
    expect(await contactsOf(rejectedOps)).toBe(0);
    expect(await remembered(rejectedOps)).toBe(0);
    expect(await contactsOf(ops)).toBe(ops.length - refused.length);
    expect(await count('stock_movements', 'contact_id = ANY($1)', [ops.map((o) => o.recordId)])).toBe(
      ops.length - refused.length,
    );

    // Corrected on the phone and sent again with the same op ids: the rest answers already applied.
    const again = await push(ops);
    again.forEach((r, i) => {
      expect(r.outcome, `op ${i}`).toBe(refused.includes(i) ? 'applied' : 'already_applied');
    });
    expect(await contactsOf(ops)).toBe(ops.length);
    expect(await remembered(ops)).toBe(ops.length);
  });

  it('applies the same operation once when a batch carries it twice, in one chunk or across chunks', async () => {
    const a = contactOp();
    const b = contactOp();
    const filler = Array.from({ length: pushChunkSize }, () => contactOp());
    const results = await push([a, a, b, ...filler, b]);
    expect(results.map((r) => r.outcome)).toEqual([
      'applied',
      'already_applied',
      'applied',
      ...filler.map(() => 'applied'),
      'already_applied',
    ]);
    expect(await contactsOf([a, b, ...filler])).toBe(filler.length + 2);
    expect(await remembered([a, b])).toBe(2);
  });

  it('applies each operation once when a batch spanning chunks is delivered twice at the same moment', async () => {
    const ops = Array.from({ length: 2 * pushChunkSize + 20 }, () => contactOp());
    const [first, second] = await Promise.all([push(ops), push(ops)]);
    const outcomes = [...first, ...second].map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(ops.length);
    expect(outcomes.filter((o) => o === 'already_applied')).toHaveLength(ops.length);
    // Per operation: exactly one of the two deliveries applied it.
    ops.forEach((_, i) => {
      expect([first[i]!.outcome, second[i]!.outcome].sort()).toEqual(['already_applied', 'applied']);
    });
    expect(await contactsOf(ops)).toBe(ops.length);
    expect(await count('audit_events', 'entity_id = ANY($1)', [ops.map((o) => o.recordId)])).toBe(ops.length);
  });

  it('applies each operation once when two deliveries overlap in opposite orders (their op ids are locked in one order)', async () => {
    const ops = Array.from({ length: pushChunkSize + 20 }, () => contactOp());
    const [forward, backward] = await Promise.all([push(ops), push([...ops].reverse())]);
    const applied = [...forward, ...backward].filter((r) => r.outcome === 'applied').map((r) => r.opId);
    expect(applied.sort()).toEqual(ops.map((o) => o.opId).sort());
    expect(await contactsOf(ops)).toBe(ops.length);
  });

  it('commits whole chunks only when the server fails part-way, answers nothing, and applies the rest once when sent again', async () => {
    const ops = Array.from({ length: 2 * pushChunkSize + 20 }, () => contactOp());
    const handler = operationHandlers['contact.record'];
    const applyMany = handler.applyMany?.bind(handler);
    if (!applyMany) throw new Error('contact cards are applied a run at a time');
    let calls = 0;
    // The second chunk's cards are written, then it fails as a lost connection would: not a refusal,
    // so the chunk rolls back.
    vi.spyOn(handler, 'applyMany').mockImplementation(async (...args) => {
      const refusals = await applyMany(...args);
      if (++calls === 2) throw new Error('connection lost');
      return refusals;
    });
    const failed = await w.post('/api/sync/push', { deviceId, operations: ops });
    expect(failed.status).toBe(500);
    const committed = ops.slice(0, pushChunkSize);
    const lost = ops.slice(pushChunkSize);
    expect(await contactsOf(committed)).toBe(committed.length);
    expect(await remembered(committed)).toBe(committed.length);
    // The operations before the failure in its chunk went with it: none of the chunk is written or remembered.
    expect(await contactsOf(lost)).toBe(0);
    expect(await remembered(lost)).toBe(0);

    vi.restoreAllMocks();
    const again = await push(ops);
    expect(again.map((r) => r.outcome)).toEqual([
      ...committed.map(() => 'already_applied'),
      ...lost.map(() => 'applied'),
    ]);
    expect(await contactsOf(ops)).toBe(ops.length);
    expect(await count('audit_events', 'entity_id = ANY($1)', [ops.map((o) => o.recordId)])).toBe(ops.length);
  });
});
