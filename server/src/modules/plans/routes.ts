import { idParams } from '#core/schemas/common';
import {
  closePlanBody,
  createPlanBody,
  dueList,
  dueQuery,
  goalBody,
  plan,
  planList,
  planStatistics,
  planStatisticsQuery,
  reviewBody,
  stepBody,
  updateGoalBody,
  updateStepBody,
} from '#core/schemas/plans';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { planContext } from './context';
import { listDue } from './due';
import { addStep, updateGoal, updateStep } from './goals';
import { addGoal, addReview, closePlan, createPlan } from './plans';
import { getPlan, listClientPlans } from './read';
import { readPlanStatistics } from './statistics';

const tags = ['plans: individual support plans'];

export async function planRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/clients/:id/plans',
    {
      config: { access: 'plans.read' },
      schema: { tags, summary: "A person's support plans", params: idParams, response: { 200: planList } },
    },
    async (request) => inTenant(request, (tx) => listClientPlans(tx, planContext(request), request.params.id)),
  );
  app.post(
    '/api/clients/:id/plans',
    {
      config: { access: 'plans.manage' },
      schema: {
        tags,
        summary: 'Agree a plan with the person',
        params: idParams,
        body: createPlanBody,
        response: { 201: plan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => createPlan(tx, planContext(request), request.params.id, request.body))),
  );
  app.get(
    '/api/plans/due',
    {
      config: { access: 'plans.read' },
      schema: { tags, summary: 'Steps due and goals overdue', querystring: dueQuery, response: { 200: dueList } },
    },
    async (request) => inTenant(request, (tx) => listDue(tx, planContext(request), request.query)),
  );
  app.get(
    '/api/plans/statistics',
    {
      config: { access: 'plans.read' },
      schema: {
        tags,
        summary: 'Plans agreed in a period and goals achieved',
        querystring: planStatisticsQuery,
        response: { 200: planStatistics },
      },
    },
    async (request) => inTenant(request, (tx) => readPlanStatistics(tx, request.query)),
  );
  app.get(
    '/api/plans/:id',
    {
      config: { access: 'plans.read' },
      schema: { tags, summary: 'One plan with its history', params: idParams, response: { 200: plan } },
    },
    async (request) => inTenant(request, (tx) => getPlan(tx, planContext(request), request.params.id)),
  );
  app.post(
    '/api/plans/:id/goals',
    {
      config: { access: 'plans.manage' },
      schema: { tags, summary: 'Add a goal', params: idParams, body: goalBody, response: { 200: plan } },
    },
    async (request) => inTenant(request, (tx) => addGoal(tx, planContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/plans/:id/reviews',
    {
      config: { access: 'plans.manage' },
      schema: {
        tags,
        summary: 'Review the plan with the person',
        params: idParams,
        body: reviewBody,
        response: { 200: plan },
      },
    },
    async (request) => inTenant(request, (tx) => addReview(tx, planContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/plans/:id/close',
    {
      config: { access: 'plans.manage' },
      schema: { tags, summary: 'Close the plan', params: idParams, body: closePlanBody, response: { 200: plan } },
    },
    async (request) => inTenant(request, (tx) => closePlan(tx, planContext(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/plan-goals/:id',
    {
      config: { access: 'plans.manage' },
      schema: {
        tags,
        summary: 'Change a goal or its status',
        params: idParams,
        body: updateGoalBody,
        response: { 200: plan },
      },
    },
    async (request) => inTenant(request, (tx) => updateGoal(tx, planContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/plan-goals/:id/steps',
    {
      config: { access: 'plans.manage' },
      schema: { tags, summary: 'Add a step to a goal', params: idParams, body: stepBody, response: { 200: plan } },
    },
    async (request) => inTenant(request, (tx) => addStep(tx, planContext(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/plan-steps/:id',
    {
      config: { access: 'plans.manage' },
      schema: {
        tags,
        summary: 'Change a step, or tick it done',
        params: idParams,
        body: updateStepBody,
        response: { 200: plan },
      },
    },
    async (request) => inTenant(request, (tx) => updateStep(tx, planContext(request), request.params.id, request.body)),
  );
}
