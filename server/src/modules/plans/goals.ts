import { sql } from 'kysely';
import type { z } from 'zod';
import type { stepBody, updateGoalBody, updateStepBody } from '#core/schemas/plans';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { checkOwners, orgToday, planOfGoal } from './checks';
import { goalAad, type PlanContext, seal } from './context';
import { writeHistory } from './history';
import { stepRow } from './plans';
import { getPlan } from './read';

/** Changes a goal: its wording, its target day, or its status (achieved, dropped, open again). */
export async function updateGoal(tx: Tx, ctx: PlanContext, goalId: string, body: z.infer<typeof updateGoalBody>) {
  const { goal, plan } = await planOfGoal(tx, goalId);
  const statusChanged = body.status !== undefined && body.status !== goal.status;
  await tx
    .updateTable('plan_goals')
    .set({
      ...(body.description !== undefined
        ? { description_enc: await seal(tx, ctx, body.description, goalAad(goalId)) }
        : {}),
      ...(body.targetOn !== undefined ? { target_on: body.targetOn } : {}),
      ...(statusChanged ? { status: body.status, status_on: body.status === 'open' ? null : orgToday } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', goalId)
    .execute();
  if (statusChanged)
    await writeHistory(tx, ctx, plan.id, 'goal_status', { goalId, from: goal.status, to: body.status ?? null });
  if (body.description !== undefined || body.targetOn !== undefined)
    await writeHistory(tx, ctx, plan.id, 'goal_changed', { goalId, targetOn: body.targetOn ?? null });
  await recordAudit(tx, ctx.actor, {
    action: 'plan.goal_updated',
    entityType: 'support_plan',
    entityId: plan.id,
    clientId: plan.client_id,
  });
  return getPlan(tx, ctx, plan.id);
}

export async function addStep(tx: Tx, ctx: PlanContext, goalId: string, body: z.infer<typeof stepBody>) {
  const { plan } = await planOfGoal(tx, goalId);
  await checkOwners(tx, [{ id: body.ownerUserId, field: 'ownerUserId' }]);
  const { n } = await tx
    .selectFrom('plan_steps')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('goal_id', '=', goalId)
    .executeTakeFirstOrThrow();
  const row = stepRow(ctx.actor.organisationId, goalId, body, n);
  await tx.insertInto('plan_steps').values(row).execute();
  await writeHistory(tx, ctx, plan.id, 'step_added', { goalId, stepId: row.id, dueOn: body.dueOn });
  return getPlan(tx, ctx, plan.id);
}

/** Changes a step, or ticks it done (or not done again): online, or from a phone's outbox. */
/**
 * The day a step was done: today, or the day a phone ticked it off — never
 * after today (a phone's clock may run ahead) nor before the plan was agreed.
 */
const doneDay = (agreedOn: string, onPhone: string | undefined) =>
  onPhone ? sql<string>`greatest(least(${onPhone}::date, ${orgToday}), ${agreedOn}::date)` : orgToday;

export async function updateStep(
  tx: Tx,
  ctx: PlanContext,
  stepId: string,
  body: z.infer<typeof updateStepBody> & { doneOn?: string | undefined },
) {
  const step = await tx
    .selectFrom('plan_steps')
    .select(['goal_id', 'done_on'])
    .where('id', '=', stepId)
    .executeTakeFirst();
  if (!step) throw notFound();
  const { plan } = await planOfGoal(tx, step.goal_id);
  if (body.ownerUserId !== undefined) await checkOwners(tx, [{ id: body.ownerUserId, field: 'ownerUserId' }]);
  const doneChanged = body.done !== undefined && body.done !== (step.done_on !== null);
  await tx
    .updateTable('plan_steps')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
      ...(body.ownerUserId !== undefined ? { owner_user_id: body.ownerUserId } : {}),
      ...(doneChanged ? { done_on: body.done ? doneDay(plan.agreed_on, body.doneOn) : null } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', stepId)
    .execute();
  await writeHistory(tx, ctx, plan.id, doneChanged ? (body.done ? 'step_done' : 'step_reopened') : 'step_changed', {
    stepId,
    dueOn: body.dueOn ?? null,
  });
  return getPlan(tx, ctx, plan.id);
}
