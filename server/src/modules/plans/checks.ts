import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import './tables';

/** The organisation's today (its time zone): what "overdue" and default days are measured by. */
export const orgToday = sql<string>`(SELECT (now() AT TIME ZONE time_zone)::date FROM organisations WHERE id = (SELECT kontakt_current_org()))`;

/** Step owners must be the organisation's active users. */
export async function checkOwners(tx: Tx, ids: readonly (string | null)[], field: string) {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return;
  const found = await tx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', wanted)
    .where('status', '=', 'active')
    .execute();
  if (found.length !== wanted.length) throw fieldError(field, 'validation.invalid');
}

/** The plan a change is for, locked for the change; a closed plan takes no more work. */
export async function openPlan(tx: Tx, planId: string) {
  const plan = await tx
    .selectFrom('support_plans')
    .select(['id', 'client_id', 'status', 'agreed_on'])
    .where('id', '=', planId)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!plan) throw notFound();
  if (plan.status !== 'active') throw fieldError('planId', 'validation.plan_closed');
  return plan;
}

/** The plan a goal belongs to (locked, open). */
export async function planOfGoal(tx: Tx, goalId: string) {
  const goal = await tx
    .selectFrom('plan_goals')
    .select(['plan_id', 'status'])
    .where('id', '=', goalId)
    .executeTakeFirst();
  if (!goal) throw notFound();
  return { goal, plan: await openPlan(tx, goal.plan_id) };
}
