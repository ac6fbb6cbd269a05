import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Action } from '#core/permissions/actions';
import { createClientBody } from '#core/schemas/clients';
import { createContactBody } from '#core/schemas/contacts';
import { stepOperationPayload } from '#core/schemas/plans';
import { createReferralBody } from '#core/schemas/referrals';
import { clientUpdatePayload, type SyncOperation } from '#core/schemas/sync';
import { addServicesOperationPayload, checkInBody, checkOutOperationPayload } from '#core/schemas/visits';
import type { Tx } from '../../platform/db/tenancy';
import type { AppError } from '../../platform/errors';
import { clientContext, createClient } from '../clients/index';
import { addVisitServices, checkIn, checkOut, dropinContext } from '../dropin/index';
import { outreachContext, recordContact, recordContacts } from '../outreach/index';
import { planContext, updateStep } from '../plans/index';
import { createReferral, referralContext } from '../referrals/index';
import { applyClientEdit, clientEditContext } from './client-edit';

/**
 * What each operation type of a phone's outbox does: the action the user needs,
 * the payload it accepts (the same schema as the online route, with the record
 * id made on the phone), and the service that applies it — the very one the
 * online route calls, so offline and online records obey the same rules.
 */
interface OperationHandler<S extends z.ZodType> {
  action: Action;
  payload: S;
  apply(tx: Tx, request: FastifyRequest, input: z.output<S>): Promise<unknown>;
  /**
   * Applies consecutive operations of the type at once (a long outbox is mostly
   * contact cards): per input, null when applied or the refusal, which must have
   * written nothing of that input — no savepoint undoes it.
   */
  applyMany?(tx: Tx, request: FastifyRequest, inputs: z.output<S>[]): Promise<(AppError | null)[]>;
}

const handler = <S extends z.ZodType>(h: OperationHandler<S>) => h;

export const operationHandlers: Record<SyncOperation['type'], OperationHandler<z.ZodType>> = {
  // A person met for the first time offline; the contact cards that follow name the same id.
  'client.create': handler({
    action: 'clients.create',
    payload: createClientBody,
    apply: (tx, request, input) => createClient(tx, clientContext(request), input),
  }),
  // Changes of a client's profile fields made offline, merged field by field (decision 012).
  'client.update': handler({
    action: 'clients.update',
    payload: clientUpdatePayload,
    apply: (tx, request, input) => applyClientEdit(tx, clientEditContext(request), input),
  }),
  // Reception offline: a check-in with the services used (the visit's id made on the phone) …
  'visit.check_in': handler({
    action: 'visits.record',
    payload: checkInBody,
    apply: (tx, request, input) => checkIn(tx, dropinContext(request), input),
  }),
  // … services used later in the visit …
  'visit.add_services': handler({
    action: 'visits.record',
    payload: addServicesOperationPayload,
    apply: (tx, request, input) => addVisitServices(tx, dropinContext(request), input.id, input.services),
  }),
  // … and its check-out (an already checked-out visit stays as it was).
  'visit.check_out': handler({
    action: 'visits.record',
    payload: checkOutOperationPayload,
    apply: (tx, request, input) => checkOut(tx, dropinContext(request), input.id, input),
  }),
  // A referral made in the field (S5 step 2: to the social welfare centre), with the person's consent.
  'referral.create': handler({
    action: 'referrals.create',
    payload: createReferralBody,
    apply: (tx, request, input) => createReferral(tx, referralContext(request), input),
  }),
  // A plan step ticked off (or changed) in the field; the step's id comes from the operation.
  'plan_step.update': handler({
    action: 'plans.manage',
    payload: stepOperationPayload,
    apply: (tx, request, { id, ...changes }) => updateStep(tx, planContext(request), id, changes),
  }),
  'contact.record': handler({
    action: 'contacts.create',
    payload: createContactBody,
    apply: (tx, request, input) => recordContact(tx, outreachContext(request), input),
    applyMany: async (tx, request, inputs) =>
      (await recordContacts(tx, outreachContext(request), inputs)).map((o) =>
        o.status === 'refused' ? o.error : null,
      ),
  }),
};

/** The payload as the type's schema reads it: the record id comes from the operation, not the payload. */
export function operationInput(op: SyncOperation) {
  return operationHandlers[op.type].payload.safeParse({ ...op.payload, id: op.recordId });
}
