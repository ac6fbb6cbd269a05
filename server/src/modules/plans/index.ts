import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { planRoutes } from './routes';

// Merging two people moves their plans too.
registerClientReference({ table: 'support_plans', column: 'client_id' });

/** The plans module: individual support plans agreed with people. */
export async function plansRoutes(app: ZodApp): Promise<void> {
  await planRoutes(app);
}

// For the phone's outbox (sync/operations.ts): plan steps ticked off in the field.
export { planContext } from './context';
export { updateGoal, updateStep } from './goals';
export { addReview, createPlan } from './plans';
