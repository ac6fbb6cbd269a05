import { sql } from 'kysely';
import type { Plan } from '#core/schemas/plans';
import { auditClientRead } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';
import { orgToday } from './checks';
import { goalAad, type PlanContext, reviewAad, unseal } from './context';
import './tables';

/** Plans with their goals, steps, reviews and history, texts opened (one statement per table, however many plans). */
async function assemble(tx: Tx, ctx: PlanContext, planIds: readonly string[]): Promise<Plan[]> {
  if (planIds.length === 0) return [];
  const ids = [...planIds];
  const [plans, goals, steps, reviews, history] = await Promise.all([
    tx
      .selectFrom('support_plans as p')
      .innerJoin('clients as c', (j) =>
        j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.client_id'),
      )
      .selectAll('p')
      .select('c.pseudonym')
      .where('p.id', 'in', ids)
      .orderBy('p.agreed_on', 'desc')
      .execute(),
    tx
      .selectFrom('plan_goals')
      .selectAll()
      .select(sql<boolean>`coalesce(status = 'open' AND target_on < ${orgToday}, false)`.as('overdue'))
      .where('plan_id', 'in', ids)
      .orderBy('position')
      .execute(),
    tx
      .selectFrom('plan_steps as s')
      .innerJoin('plan_goals as g', (j) =>
        j.onRef('g.organisation_id', '=', 's.organisation_id').onRef('g.id', '=', 's.goal_id'),
      )
      .leftJoin('users as u', (j) =>
        j.onRef('u.organisation_id', '=', 's.organisation_id').onRef('u.id', '=', 's.owner_user_id'),
      )
      .selectAll('s')
      .select('u.display_name as owner_name')
      .where('g.plan_id', 'in', ids)
      .orderBy('s.position')
      .execute(),
    tx
      .selectFrom('plan_reviews as r')
      .leftJoin('users as u', (j) =>
        j.onRef('u.organisation_id', '=', 'r.organisation_id').onRef('u.id', '=', 'r.created_by'),
      )
      .selectAll('r')
      .select('u.display_name as by_name')
      .where('r.plan_id', 'in', ids)
      .orderBy('r.reviewed_on')
      .execute(),
    tx
      .selectFrom('plan_history as h')
      .leftJoin('users as u', (j) =>
        j.onRef('u.organisation_id', '=', 'h.organisation_id').onRef('u.id', '=', 'h.by_user_id'),
      )
      .selectAll('h')
      .select('u.display_name as by_name')
      .where('h.plan_id', 'in', ids)
      .orderBy('h.at')
      .orderBy('h.id')
      .execute(),
  ]);
  const opened = new Map<string, string>();
  for (const g of goals) opened.set(g.id, await unseal(tx, ctx, g.description_enc, goalAad(g.id)));
  for (const r of reviews) opened.set(r.id, await unseal(tx, ctx, r.notes_enc, reviewAad(r.id)));
  return plans.map((p) => ({
    id: p.id,
    clientId: p.client_id,
    pseudonym: p.pseudonym,
    agreedOn: p.agreed_on,
    agreedHow: p.agreed_how as Plan['agreedHow'],
    status: p.status as Plan['status'],
    closedOn: p.closed_on,
    goals: goals
      .filter((g) => g.plan_id === p.id)
      .map((g) => ({
        id: g.id,
        domain: g.domain as Plan['goals'][number]['domain'],
        description: opened.get(g.id) ?? '',
        targetOn: g.target_on,
        status: g.status as Plan['goals'][number]['status'],
        statusOn: g.status_on,
        overdue: g.overdue,
        steps: steps
          .filter((s) => s.goal_id === g.id)
          .map((s) => ({
            id: s.id,
            goalId: s.goal_id,
            title: s.title,
            dueOn: s.due_on,
            ownerUserId: s.owner_user_id,
            ownerName: s.owner_name,
            doneOn: s.done_on,
          })),
      })),
    reviews: reviews
      .filter((r) => r.plan_id === p.id)
      .map((r) => ({ id: r.id, reviewedOn: r.reviewed_on, notes: opened.get(r.id) ?? '', by: r.by_name })),
    history: history
      .filter((h) => h.plan_id === p.id)
      .map((h) => ({ at: h.at.toISOString(), what: h.what, by: h.by_name, details: h.details })),
  }));
}

/** One plan, opened: a read of the person. */
export async function getPlan(tx: Tx, ctx: PlanContext, planId: string): Promise<Plan> {
  const [plan] = await assemble(tx, ctx, [planId]);
  if (!plan) throw notFound();
  await auditClientRead(tx, ctx.actor, plan.clientId, { entityType: 'support_plan', entityId: planId });
  return plan;
}

/** A person's plans, the one in work first: a read of the person. */
export async function listClientPlans(tx: Tx, ctx: PlanContext, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await tx
    .selectFrom('support_plans')
    .select('id')
    .where('client_id', '=', clientId)
    .orderBy(sql`status = 'active'`, 'desc')
    .orderBy('agreed_on', 'desc')
    .limit(20)
    .execute();
  await auditClientRead(tx, ctx.actor, clientId, { entityType: 'support_plans' });
  const plans = await assemble(
    tx,
    ctx,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => plans.find((p) => p.id === r.id)!).filter(Boolean) };
}
