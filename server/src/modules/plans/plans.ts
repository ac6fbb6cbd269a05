import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { closePlanBody, createPlanBody, goalBody, reviewBody, stepBody } from '#core/schemas/plans';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, fieldError } from '../../platform/errors';
import { checkOwners, openPlan } from './checks';
import { goalAad, type PlanContext, reviewAad, seal } from './context';
import { historyRow, writeHistory } from './history';
import { getPlan } from './read';

type Goal = z.infer<typeof goalBody>;
type Step = z.infer<typeof stepBody>;

async function insertGoals(tx: Tx, ctx: PlanContext, planId: string, goals: readonly Goal[], from: number) {
  const org = ctx.actor.organisationId;
  const goalRows = [];
  const stepRows = [];
  const history = [];
  for (const [i, g] of goals.entries()) {
    const id = uuidv7();
    goalRows.push({
      organisation_id: org,
      id,
      plan_id: planId,
      position: from + i,
      domain: g.domain,
      description_enc: await seal(tx, ctx, g.description, goalAad(id)),
      target_on: g.targetOn,
    });
    history.push(historyRow(ctx, planId, 'goal_added', { goalId: id, domain: g.domain }));
    for (const [j, s] of g.steps.entries()) stepRows.push(stepRow(org, id, s, j));
  }
  await tx.insertInto('plan_goals').values(goalRows).execute();
  if (stepRows.length) await tx.insertInto('plan_steps').values(stepRows).execute();
  await tx.insertInto('plan_history').values(history).execute();
}

export function stepRow(organisationId: string, goalId: string, s: Step, position: number) {
  return {
    organisation_id: organisationId,
    id: uuidv7(),
    goal_id: goalId,
    position,
    title: s.title,
    due_on: s.dueOn,
    owner_user_id: s.ownerUserId,
  };
}

/** Agrees a plan with a person; a person has one plan in work at a time. */
export async function createPlan(tx: Tx, ctx: PlanContext, clientId: string, body: z.infer<typeof createPlanBody>) {
  const client = await tx.selectFrom('clients').select('status').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw fieldError('clientId', 'validation.invalid');
  if (client.status === 'merged' || client.status === 'anonymised')
    throw fieldError('clientId', 'validation.client_closed');
  const active = await tx
    .selectFrom('support_plans')
    .select('id')
    .where('client_id', '=', clientId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (active) throw new AppError('conflict', { clientId: 'validation.plan_active' });
  await checkOwners(
    tx,
    body.goals.flatMap((g, i) =>
      g.steps.map((s, j) => ({ id: s.ownerUserId, field: `goals.${i}.steps.${j}.ownerUserId` })),
    ),
  );
  const id = uuidv7();
  await tx
    .insertInto('support_plans')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      client_id: clientId,
      agreed_on: body.agreedOn,
      agreed_how: body.agreedHow,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .execute();
  await writeHistory(tx, ctx, id, 'plan_agreed', { agreedOn: body.agreedOn, agreedHow: body.agreedHow });
  await insertGoals(tx, ctx, id, body.goals, 0);
  await recordAudit(tx, ctx.actor, { action: 'plan.agreed', entityType: 'support_plan', entityId: id, clientId });
  return getPlan(tx, ctx, id);
}

export async function addGoal(tx: Tx, ctx: PlanContext, planId: string, body: Goal) {
  const plan = await openPlan(tx, planId);
  await checkOwners(
    tx,
    body.steps.map((s, j) => ({ id: s.ownerUserId, field: `steps.${j}.ownerUserId` })),
  );
  const { n } = await tx
    .selectFrom('plan_goals')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  await insertGoals(tx, ctx, planId, [body], n);
  await recordAudit(tx, ctx.actor, {
    action: 'plan.goal_added',
    entityType: 'support_plan',
    entityId: planId,
    clientId: plan.client_id,
  });
  return getPlan(tx, ctx, planId);
}

export async function addReview(tx: Tx, ctx: PlanContext, planId: string, body: z.infer<typeof reviewBody>) {
  const plan = await openPlan(tx, planId);
  if (body.reviewedOn < plan.agreed_on) throw fieldError('reviewedOn', 'validation.end_before_start');
  const id = uuidv7();
  await tx
    .insertInto('plan_reviews')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      plan_id: planId,
      reviewed_on: body.reviewedOn,
      notes_enc: await seal(tx, ctx, body.notes, reviewAad(id)),
      created_by: ctx.actor.userId,
    })
    .execute();
  await writeHistory(tx, ctx, planId, 'reviewed', { reviewedOn: body.reviewedOn });
  await recordAudit(tx, ctx.actor, {
    action: 'plan.reviewed',
    entityType: 'support_plan',
    entityId: planId,
    clientId: plan.client_id,
  });
  return getPlan(tx, ctx, planId);
}

/** Closes the plan (its work is done, or it ended); its goals and history stay. */
export async function closePlan(tx: Tx, ctx: PlanContext, planId: string, body: z.infer<typeof closePlanBody>) {
  const plan = await openPlan(tx, planId);
  if (body.closedOn < plan.agreed_on) throw fieldError('closedOn', 'validation.end_before_start');
  await tx
    .updateTable('support_plans')
    .set({ status: 'closed', closed_on: body.closedOn, updated_at: sql`now()`, updated_by: ctx.actor.userId })
    .where('id', '=', planId)
    .execute();
  await writeHistory(tx, ctx, planId, 'plan_closed', { closedOn: body.closedOn });
  await recordAudit(tx, ctx.actor, {
    action: 'plan.closed',
    entityType: 'support_plan',
    entityId: planId,
    clientId: plan.client_id,
  });
  return getPlan(tx, ctx, planId);
}
