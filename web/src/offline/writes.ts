import type { z } from 'zod';
import type { createClientBody, createdClient } from '#core/schemas/clients';
import type { createContactBody } from '#core/schemas/contacts';
import type { createReferralBody } from '#core/schemas/referrals';
import { outboxChanged, unlockedStore } from './state';
import { syncNow } from './sync';

// The API's types from core, not from web/src/api (which imports this module).
type CreateClientBody = z.input<typeof createClientBody>;
type CreatedClient = z.infer<typeof createdClient>;
type CreateContactBody = z.input<typeof createContactBody>;
type CreateReferralBody = z.input<typeof createReferralBody>;

/**
 * Writes of field work when this browser is a field device: each becomes an
 * outbox operation, sealed on disk before the screen says "saved", and is sent
 * at once if there is a connection. The server applies it exactly once
 * (the operation's id), so saving never waits for the network.
 */

/**
 * The badge and the sync follow a write a moment later: what the user just did
 * is confirmed first (bench/offline-save.ts measures tap to confirmation).
 */
function afterWrite(): void {
  setTimeout(() => {
    outboxChanged();
    void syncNow();
  }, 0);
}

/** True when writes go through the outbox. */
export const writesQueued = () => unlockedStore() !== null;

export async function queueContact(body: CreateContactBody & { id: string }): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  const { id, ...payload } = body;
  await store.enqueue('contact.record', id, payload);
  afterWrite();
}

/**
 * A person met for the first time: queued, and put in the phone's index at
 * once so the next contact finds them. The code is in the sealed operation
 * only; the index never holds it.
 */
export async function queueClient(body: CreateClientBody & { id: string }): Promise<CreatedClient> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  const { id, ...payload } = body;
  await store.enqueue('client.create', id, payload);
  const targetGroupIds = body.targetGroupIds ?? [];
  await store.apply([
    {
      entity: 'client',
      id,
      deleted: false,
      data: { pseudonym: body.pseudonym, targetGroupIds, status: 'active', lastActivityOn: null },
    },
  ]);
  afterWrite();
  return { id, pseudonym: body.pseudonym, status: 'active', codeKind: null, targetGroupIds, temporaryCode: null };
}

/** A check-in at the desk (reception offline): sealed in the outbox before the desk says "checked in". */
export async function queueCheckIn(body: Record<string, unknown> & { id: string }): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  const { id, ...payload } = body;
  await store.enqueue('visit.check_in', id, {
    ...payload,
    checkedInAt: payload.checkedInAt ?? new Date().toISOString(),
  });
  afterWrite();
}

/** Services used later in a visit, queued. */
export async function queueVisitServices(visitId: string, services: readonly unknown[]): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  await store.enqueue('visit.add_services', visitId, { services });
  afterWrite();
}

/** A check-out, queued with the moment it happened. */
export async function queueCheckOut(visitId: string): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  await store.enqueue('visit.check_out', visitId, { checkedOutAt: new Date().toISOString() });
  afterWrite();
}

/** A referral made in the field (S5 step 2), with the consent and the items shared as the person chose. */
export async function queueReferral(body: CreateReferralBody & { id: string }): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  const { id, ...payload } = body;
  await store.enqueue('referral.create', id, payload);
  afterWrite();
}

/**
 * A plan step ticked off (or not done after all) in the field, with the day it
 * was: the server keeps that day however late the phone syncs.
 */
export async function queuePlanStep(stepId: string, done: boolean, day: string): Promise<void> {
  const store = unlockedStore();
  if (!store) throw new Error('field store locked');
  await store.enqueue('plan_step.update', stepId, done ? { done, doneOn: day } : { done });
  afterWrite();
}
