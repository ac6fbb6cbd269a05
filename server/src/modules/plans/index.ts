import { registerConstraintRefusal } from '../../platform/db/refusals';
import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { planRoutes } from './routes';

// Merging two people moves their plans too — refused while each has one in work
// (one plan at a time per person), as is a second plan agreed at the same moment.
registerClientReference({ table: 'support_plans', column: 'client_id' });
registerConstraintRefusal('support_plans_one_active', { field: 'clientId', key: 'validation.plan_active' });

/** The plans module: individual support plans agreed with people. */
export async function plansRoutes(app: ZodApp): Promise<void> {
  await planRoutes(app);
}

// For the phone's outbox (sync/operations.ts): plan steps ticked off in the field.
export { planContext } from './context';
export { updateGoal, updateStep } from './goals';
export { addReview, createPlan } from './plans';
