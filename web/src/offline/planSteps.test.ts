import { describe, expect, it } from 'vitest';
import { localPlanSteps } from './planSteps';
import type { FieldStore, OutboxEntry } from './store';

const step = (id: string, goalPosition: number, position: number, doneOn: string | null = null) => ({
  id,
  clientId: id.startsWith('x') ? 'someone-else' : 'kuba',
  planId: 'plan',
  goalId: `g${goalPosition}`,
  domain: 'documents',
  goalPosition,
  position,
  title: `Step ${id}`,
  dueOn: null,
  doneOn,
  ownerUserId: null,
});

function store(ops: Partial<OutboxEntry>[]): FieldStore {
  const outbox = ops.map((op, i) => ({ opId: `op${i}`, seq: i, state: 'pending', payload: {}, ...op }));
  const steps = [step('b', 1, 0), step('a', 0, 1), step('c', 0, 0, '2026-11-30'), step('x', 0, 0)];
  return { outbox: () => outbox, all: () => steps } as unknown as FieldStore;
}

describe('plan steps on the phone', () => {
  it('lists the person’s steps in the plan’s order', () => {
    expect(localPlanSteps(store([]), 'kuba').map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('shows a tick still in the outbox over the feed’s copy, the last one winning', () => {
    const ops: Partial<OutboxEntry>[] = [
      { type: 'plan_step.update', recordId: 'a', payload: { done: true, doneOn: '2026-12-01' } },
      { type: 'plan_step.update', recordId: 'c', payload: { done: false } },
      { type: 'plan_step.update', recordId: 'b', payload: { done: true, doneOn: '2026-12-01' } },
      { type: 'plan_step.update', recordId: 'b', payload: { done: false } },
      // Sent already, or another kind of change: the feed's copy stands.
      { type: 'plan_step.update', recordId: 'c', state: 'rejected', payload: { done: true, doneOn: '2026-12-02' } },
      { type: 'client.update', recordId: 'a', payload: { done: false } },
    ];
    const done = Object.fromEntries(localPlanSteps(store(ops), 'kuba').map((s) => [s.id, s.doneOn]));
    expect(done).toEqual({ a: '2026-12-01', b: null, c: null });
  });
});
