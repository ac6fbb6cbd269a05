import { sql } from 'kysely';
import type { z } from 'zod';
import type { dueList, dueQuery } from '#core/schemas/plans';
import { auditWrites } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { orgToday } from './checks';
import type { PlanContext } from './context';
import './tables';

type Due = z.infer<typeof dueList>;

/**
 * A worker's list: the steps of plans in work due within `days` (or past due),
 * theirs or everyone's, and the open goals past their target day. Each person
 * on it is a read of that person.
 */
export async function listDue(tx: Tx, ctx: PlanContext, q: z.infer<typeof dueQuery>): Promise<Due> {
  let steps = tx
    .selectFrom('plan_steps as s')
    .innerJoin('plan_goals as g', (j) =>
      j.onRef('g.organisation_id', '=', 's.organisation_id').onRef('g.id', '=', 's.goal_id'),
    )
    .innerJoin('support_plans as p', (j) =>
      j.onRef('p.organisation_id', '=', 'g.organisation_id').onRef('p.id', '=', 'g.plan_id'),
    )
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.client_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.organisation_id', '=', 's.organisation_id').onRef('u.id', '=', 's.owner_user_id'),
    )
    .select([
      's.id',
      's.goal_id',
      's.title',
      's.due_on',
      's.owner_user_id',
      'u.display_name as owner_name',
      's.done_on',
      'p.id as plan_id',
      'p.client_id',
      'c.pseudonym',
      'g.domain',
      sql<boolean>`s.due_on < ${orgToday}`.as('overdue'),
    ])
    .where('p.status', '=', 'active')
    .where('g.status', '=', 'open')
    .where('s.done_on', 'is', null)
    .where(sql<boolean>`s.due_on <= ${orgToday} + ${q.days}::int`);
  if (q.mine === 'true') steps = steps.where('s.owner_user_id', '=', ctx.actor.userId);
  const dueSteps = await steps.orderBy('s.due_on').orderBy('s.id').limit(200).execute();
  const goals = await tx
    .selectFrom('plan_goals as g')
    .innerJoin('support_plans as p', (j) =>
      j.onRef('p.organisation_id', '=', 'g.organisation_id').onRef('p.id', '=', 'g.plan_id'),
    )
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.id', '=', 'p.client_id'),
    )
    .select(['g.id', 'g.plan_id', 'p.client_id', 'c.pseudonym', 'g.domain', 'g.target_on'])
    .where('p.status', '=', 'active')
    .where('g.status', '=', 'open')
    .where(sql<boolean>`g.target_on < ${orgToday}`)
    .where((eb) =>
      q.mine === 'true'
        ? eb.or([
            eb('p.created_by', '=', ctx.actor.userId),
            eb.exists(
              eb
                .selectFrom('plan_steps as s')
                .select('s.id')
                .whereRef('s.goal_id', '=', 'g.id')
                .where('s.owner_user_id', '=', ctx.actor.userId),
            ),
          ])
        : sql<boolean>`true`,
    )
    .orderBy('g.target_on')
    .limit(200)
    .execute();
  const people = [...new Set([...dueSteps.map((s) => s.client_id), ...goals.map((g) => g.client_id)])];
  if (people.length)
    await auditWrites(
      tx,
      ctx.actor,
      people.map((clientId) => ({ action: 'client.read', clientId, entityType: 'plan_due', entityId: clientId })),
    ).execute();
  return {
    steps: dueSteps.map((s) => ({
      id: s.id,
      goalId: s.goal_id,
      title: s.title,
      dueOn: s.due_on,
      ownerUserId: s.owner_user_id,
      ownerName: s.owner_name,
      doneOn: s.done_on,
      planId: s.plan_id,
      clientId: s.client_id,
      pseudonym: s.pseudonym,
      domain: s.domain as Due['steps'][number]['domain'],
      overdue: s.overdue,
    })),
    goals: goals.map((g) => ({
      id: g.id,
      planId: g.plan_id,
      clientId: g.client_id,
      pseudonym: g.pseudonym,
      domain: g.domain as Due['goals'][number]['domain'],
      targetOn: g.target_on as string,
    })),
  };
}
