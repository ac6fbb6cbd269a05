import type { planDomains } from '#core/schemas/plans';
import type { FieldStore } from './store';

/** A plan step as the phone holds it (the feed's `plan_step`): never the goal's sealed description. */
export interface HeldPlanStep {
  id: string;
  clientId: string;
  planId: string;
  goalId: string;
  domain: (typeof planDomains)[number];
  goalPosition: number;
  position: number;
  title: string;
  dueOn: string | null;
  doneOn: string | null;
  /** The worker who does it (this phone's user: the feed carries no other's), or null: the person. */
  ownerUserId: string | null;
}

/**
 * A person's steps on this phone in the plan's order, as the worker left them:
 * a tick still in the outbox wins over the feed's copy, which only knows it once sent.
 */
export function localPlanSteps(store: FieldStore, clientId: string): HeldPlanStep[] {
  const ticked = new Map<string, string | null>();
  for (const op of store.outbox()) {
    if (op.type !== 'plan_step.update' || op.state !== 'pending' || typeof op.payload.done !== 'boolean') continue;
    ticked.set(op.recordId, op.payload.done ? ((op.payload.doneOn as string | undefined) ?? null) : null);
  }
  return store
    .all<HeldPlanStep>('plan_step')
    .filter((s) => s.clientId === clientId)
    .map((s) => (ticked.has(s.id) ? { ...s, doneOn: ticked.get(s.id) ?? null } : s))
    .sort((a, b) => a.goalPosition - b.goalPosition || a.position - b.position);
}
