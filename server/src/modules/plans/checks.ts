import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError, notFound } from '../../platform/errors';
import './tables';

/** The organisation's today (its time zone): what "overdue" and default days are measured by. */
export const orgToday = sql<string>`(SELECT (now() AT TIME ZONE time_zone)::date FROM organisations WHERE id = (SELECT kontakt_current_org()))`;

/** A step's owner and where the body names it (`goals.0.steps.1.ownerUserId`), so a refusal points at that step. */
export interface NamedOwner {
  id: string | null;
  field: string;
}

/** Step owners must be the organisation's active users; each one that is not is refused at its own field. */
export async function checkOwners(tx: Tx, owners: readonly NamedOwner[]) {
  const wanted = [...new Set(owners.flatMap((o) => (o.id === null ? [] : [o.id])))];
  if (wanted.length === 0) return;
  const found = await tx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', wanted)
    .where('status', '=', 'active')
    .execute();
  const active = new Set(found.map((u) => u.id));
  const refused = owners.filter((o) => o.id !== null && !active.has(o.id));
  if (refused.length > 0)
    throw new AppError('validation_failed', Object.fromEntries(refused.map((o) => [o.field, 'validation.invalid'])));
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
