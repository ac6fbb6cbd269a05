import { describe, expect, it } from 'vitest';
import type { FieldStore, OutboxEntry } from './store';
import { localDaySheet, localOccupancy, queuedVisits } from './visits';

const site = '01890000-0000-7000-8000-000000000001';
const person = '01890000-0000-7000-8000-000000000002';
const shower = '01890000-0000-7000-8000-000000000003';
const now = Date.parse('2026-12-02T12:00:00');

function store(ops: Partial<OutboxEntry>[]): FieldStore {
  const outbox = ops.map((op, i) => ({
    opId: `op${i}`,
    seq: i,
    state: 'pending',
    createdAt: new Date(now).toISOString(),
    payload: {},
    ...op,
  }));
  const records: Record<string, unknown> = {
    [`client:${person}`]: { id: person, pseudonym: 'Ola' },
  };
  return {
    outbox: () => outbox,
    get: (entity: string, id: string) => records[`${entity}:${id}`],
    all: (entity: string) =>
      entity === 'site'
        ? [{ id: site, name: 'Drop-in', type: 'drop_in_centre', capacityPlaces: 10, capacityBeds: null, active: true }]
        : [],
  } as unknown as FieldStore;
}

describe('visits on the phone', () => {
  const at = new Date(now - 3_600_000).toISOString();
  const ops: Partial<OutboxEntry>[] = [
    {
      type: 'visit.check_in',
      recordId: 'v1',
      payload: { siteId: site, clientId: person, services: [{ serviceId: shower }], checkedInAt: at },
    },
    {
      type: 'visit.check_in',
      recordId: 'v2',
      payload: { siteId: site, clientId: null, headCount: 3, checkedInAt: at },
    },
    { type: 'visit.add_services', recordId: 'v1', payload: { services: [{ serviceId: shower, quantity: 2 }] } },
    { type: 'visit.check_out', recordId: 'v2', payload: { checkedOutAt: new Date(now).toISOString() } },
    // Refused by the server: not a visit.
    {
      type: 'visit.check_in',
      recordId: 'v3',
      state: 'rejected',
      payload: { siteId: site, clientId: person, checkedInAt: at },
    },
  ];

  it('reads the queued check-ins with their services and check-outs, the person by their pseudonym', () => {
    const visits = queuedVisits(store(ops));
    expect(visits.map((v) => v.id).sort()).toEqual(['v1', 'v2']);
    const ola = visits.find((v) => v.id === 'v1');
    expect(ola).toMatchObject({ pseudonym: 'Ola', checkedOutAt: null });
    expect(ola?.services.map((s) => s.quantity)).toEqual([1, 2]);
    expect(visits.find((v) => v.id === 'v2')?.checkedOutAt).not.toBeNull();
  });

  it('builds the day sheet and the occupancy from them', () => {
    const day = localDaySheet(store(ops), site, undefined, now);
    expect(day.totals).toMatchObject({ visits: 2, people: 1, anonymous: 3, present: 1 });
    expect(day.totals.services).toEqual([{ serviceId: shower, quantity: 3 }]);
    expect(localOccupancy(store(ops), now).items).toEqual([
      expect.objectContaining({ siteId: site, present: 1, visitsToday: 2, capacityPlaces: 10 }),
    ]);
  });
});
