import { z } from 'zod';
import { limits } from '../limits';
import { id, shortText } from './common';

/**
 * Individual support plans (domain.md, "Plans and referrals"; seed 004): agreed
 * with the person — when and how is recorded —, goals by domain with a target
 * date and a status, steps with an owner and a due date, and reviews. Goal
 * descriptions and review notes are sealed at rest; the history of the plan is kept.
 */
export const planDomains = [
  'housing',
  'documents',
  'health',
  'treatment',
  'income',
  'work',
  'family',
  'legal',
  'safety',
] as const;
export const agreedHows = ['in_person', 'in_field', 'phone', 'other'] as const;
export const goalStatuses = ['open', 'achieved', 'dropped'] as const;

const day = z.iso.date();

export const stepBody = z.strictObject({
  title: shortText(limits.shortTextMax),
  dueOn: day.nullable().default(null),
  /** Who does it: a worker of the organisation, or the person themself (`ownerUserId` null). */
  ownerUserId: id.nullable().default(null),
});

export const goalBody = z.strictObject({
  domain: z.enum(planDomains),
  description: shortText(limits.reasonMax),
  targetOn: day.nullable().default(null),
  steps: z.array(stepBody).max(limits.planStepsMax).default([]),
});

export const createPlanBody = z.strictObject({
  agreedOn: day,
  agreedHow: z.enum(agreedHows),
  goals: z.array(goalBody).min(1).max(limits.planGoalsMax),
});

export const updateGoalBody = z.strictObject({
  description: shortText(limits.reasonMax).optional(),
  targetOn: day.nullable().optional(),
  status: z.enum(goalStatuses).optional(),
});

export const updateStepBody = z.strictObject({
  title: shortText(limits.shortTextMax).optional(),
  dueOn: day.nullable().optional(),
  ownerUserId: id.nullable().optional(),
  done: z.boolean().optional(),
});

/**
 * A step changed on a phone offline: the step's id comes from the operation, and
 * a step ticked off says the day it was (the phone may sync days later).
 */
export const stepOperationPayload = updateStepBody.extend({ id, doneOn: day.optional() });

export const reviewBody = z.strictObject({
  reviewedOn: day,
  notes: shortText(limits.longTextMax),
});

export const closePlanBody = z.strictObject({ closedOn: day });

export const planStep = z.object({
  id,
  goalId: id,
  title: z.string(),
  dueOn: z.string().nullable(),
  ownerUserId: id.nullable(),
  ownerName: z.string().nullable(),
  doneOn: z.string().nullable(),
});
export const planGoal = z.object({
  id,
  domain: z.enum(planDomains),
  description: z.string(),
  targetOn: z.string().nullable(),
  status: z.enum(goalStatuses),
  statusOn: z.string().nullable(),
  overdue: z.boolean(),
  steps: z.array(planStep),
});
export const planReview = z.object({ id, reviewedOn: z.string(), notes: z.string(), by: z.string().nullable() });
export const planHistoryEntry = z.object({
  at: z.string(),
  what: z.string(),
  by: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export const plan = z.object({
  id,
  clientId: id,
  pseudonym: z.string(),
  agreedOn: z.string(),
  agreedHow: z.enum(agreedHows),
  status: z.enum(['active', 'closed']),
  closedOn: z.string().nullable(),
  goals: z.array(planGoal),
  reviews: z.array(planReview),
  history: z.array(planHistoryEntry),
});
export type Plan = z.infer<typeof plan>;
export const planList = z.object({ items: z.array(plan) });

/** A worker's list: steps due within `days` (theirs, or everyone's for coordinators), and goals past their target. */
export const dueQuery = z.strictObject({
  days: z.coerce.number().int().min(0).max(90).default(14),
  mine: z.enum(['true', 'false']).default('true'),
});
export const dueList = z.object({
  steps: z.array(
    planStep.extend({
      planId: id,
      clientId: id,
      pseudonym: z.string(),
      domain: z.enum(planDomains),
      overdue: z.boolean(),
    }),
  ),
  goals: z.array(
    z.object({
      id,
      planId: id,
      clientId: id,
      pseudonym: z.string(),
      domain: z.enum(planDomains),
      targetOn: z.string(),
    }),
  ),
});

export const planStatisticsQuery = z.strictObject({ from: day, to: day });
export const planStatistics = z.object({
  from: z.string(),
  to: z.string(),
  /** Plans agreed in the period. */
  plans: z.number().int(),
  /** Of them, plans with at least one goal achieved (so far). */
  withGoalAchieved: z.number().int(),
  goals: z.array(
    z.object({
      domain: z.enum(planDomains),
      total: z.number().int(),
      achieved: z.number().int(),
      dropped: z.number().int(),
    }),
  ),
});
