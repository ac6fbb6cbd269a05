import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../../platform/db/tenancy';
import type { PlanContext } from './context';
import './tables';

/** One line of a plan's history: what changed, never the sealed texts. */
export function historyRow(
  ctx: PlanContext,
  planId: string,
  what: string,
  details: Record<string, string | number | null> = {},
) {
  return {
    organisation_id: ctx.actor.organisationId,
    id: uuidv7(),
    plan_id: planId,
    by_user_id: ctx.actor.userId,
    what,
    details: JSON.stringify(details),
  };
}

export async function writeHistory(
  tx: Tx,
  ctx: PlanContext,
  planId: string,
  what: string,
  details: Record<string, string | number | null> = {},
) {
  await tx
    .insertInto('plan_history')
    .values(historyRow(ctx, planId, what, details))
    .execute();
}
