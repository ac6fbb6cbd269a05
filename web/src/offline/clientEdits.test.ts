import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareHlc } from '#core/sync/hlc';
import { buildClientEdit, changedFields, queueClientEdit, type StampedClient } from './clientEdits';
import { fieldState } from './state';
import type { FeedRecord, FieldStore } from './store';

const syncNow = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('./sync', () => ({ syncNow }));

const deviceId = '0190f3a4-5b6c-7d8e-9f01-23456789abcd';
const serverStamp = '1780000000000:00000:server';
const ola: StampedClient = {
  id: 'c1',
  pseudonym: 'Ola',
  targetGroupIds: ['g1', 'g2'],
  status: 'active',
  lastActivityOn: '2026-11-30',
  stamps: { pseudonym: serverStamp },
};

describe('what an offline edit sends', () => {
  it('sends only the fields that changed, the pseudonym trimmed and target groups as a set', () => {
    expect(changedFields(ola, { pseudonym: ' Ola ', targetGroupIds: ['g2', 'g1'], status: 'active' })).toEqual({});
    expect(changedFields(ola, { pseudonym: ' Ola B ', targetGroupIds: ['g1', 'g3', 'g3'] })).toEqual({
      pseudonym: 'Ola B',
      targetGroupIds: ['g1', 'g3'],
    });
    // A person the index does not hold: everything asked for is sent.
    expect(changedFields(undefined, { status: 'closed' })).toEqual({ status: 'closed' });
  });

  it('names the stamp the index holds as each field’s base (null when none) and stamps the index anew', () => {
    const hlc = `1780000005000:00000:${deviceId}`;
    const { payload, record } = buildClientEdit(ola, { pseudonym: 'Ola B', status: 'inactive' }, hlc);
    expect(payload).toEqual({
      fields: {
        pseudonym: { value: 'Ola B', hlc, base: serverStamp },
        status: { value: 'inactive', hlc, base: null },
      },
    });
    expect(record).toEqual({
      ...ola,
      pseudonym: 'Ola B',
      status: 'inactive',
      stamps: { pseudonym: hlc, status: hlc },
    });
    expect(buildClientEdit(undefined, { status: 'closed' }, hlc).record).toBeUndefined();
  });
});

describe('queueClientEdit', () => {
  let applied: FeedRecord[];
  let enqueued: { type: string; recordId: string; payload: Record<string, unknown> }[];
  let held: StampedClient;

  beforeEach(() => {
    applied = [];
    enqueued = [];
    held = { ...ola };
    const device = { deviceId, hlc: undefined as string | undefined };
    const store = {
      device,
      get: (entity: string, id: string) => (entity === 'client' && id === held.id ? held : undefined),
      saveDevice: async (changes: { hlc: string }) => Object.assign(device, changes),
      enqueue: async (type: string, recordId: string, payload: Record<string, unknown>) => {
        enqueued.push({ type, recordId, payload });
        return { opId: 'op', seq: enqueued.length, type, state: 'pending', createdAt: '', recordId, payload };
      },
      apply: async (records: FeedRecord[]) => {
        applied.push(...records);
        for (const r of records) if (r.id === held.id && r.data) held = { id: r.id, ...r.data } as StampedClient;
      },
      outbox: () => enqueued,
    };
    fieldState.set({ status: { kind: 'unlocked', store: store as unknown as FieldStore } });
  });
  afterEach(() => {
    fieldState.set({ status: { kind: 'none' }, outbox: [] });
    syncNow.mockClear();
  });

  type Sent = Record<string, { value: unknown; hlc: string; base: string | null }>;
  const sent = (i: number) => (enqueued[i]?.payload.fields ?? {}) as Sent;

  it('queues one client.update, updates the index at once and starts a sync', async () => {
    const entry = await queueClientEdit('c1', { pseudonym: 'Ola B', targetGroupIds: ['g1'] });
    expect(entry?.type).toBe('client.update');
    expect(enqueued).toHaveLength(1);
    const fields = sent(0);
    expect(enqueued[0]?.recordId).toBe('c1');
    expect(Object.keys(fields)).toEqual(['pseudonym', 'targetGroupIds']);
    expect(fields.pseudonym).toMatchObject({ value: 'Ola B', base: serverStamp });
    expect(fields.targetGroupIds).toMatchObject({ value: ['g1'], base: null });
    // The edit's stamp comes after the value it replaces and names this phone.
    const hlc = fields.pseudonym?.hlc as string;
    expect(compareHlc(hlc, serverStamp)).toBe(1);
    expect(hlc.endsWith(`:${deviceId}`)).toBe(true);
    expect(applied).toEqual([
      {
        entity: 'client',
        id: 'c1',
        deleted: false,
        data: {
          pseudonym: 'Ola B',
          targetGroupIds: ['g1'],
          status: 'active',
          lastActivityOn: '2026-11-30',
          stamps: { pseudonym: hlc, targetGroupIds: hlc },
        },
      },
    ]);
    expect(fieldState.get().outbox).toHaveLength(1);
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('bases a second edit on the first and stamps it later', async () => {
    await queueClientEdit('c1', { pseudonym: 'Ola B' });
    const first = sent(0).pseudonym?.hlc ?? '';
    await queueClientEdit('c1', { pseudonym: 'Ola C' });
    const second = sent(1).pseudonym;
    expect(second?.base).toBe(first);
    expect(compareHlc(second?.hlc ?? '', first)).toBe(1);
  });

  it('queues nothing when nothing changed', async () => {
    expect(await queueClientEdit('c1', { pseudonym: 'Ola', status: 'active' })).toBeNull();
    expect(enqueued).toEqual([]);
    expect(syncNow).not.toHaveBeenCalled();
  });

  it('refuses while the store is locked', async () => {
    fieldState.set({ status: { kind: 'locked', userId: 'u', tooOld: false } });
    await expect(queueClientEdit('c1', { pseudonym: 'Ola B' })).rejects.toThrow('locked');
  });
});
