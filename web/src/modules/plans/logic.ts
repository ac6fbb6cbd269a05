import type { agreedHows, goalStatuses, planDomains } from '#core/schemas/plans';
import type { CreatePlanBody, GoalBody, Plan, StepBody } from '../../api/plans';

export type PlanDomain = (typeof planDomains)[number];
export type AgreedHow = (typeof agreedHows)[number];
export type GoalStatus = (typeof goalStatuses)[number];
type HistoryEntry = Plan['history'][number];

/** Who does a step, as the form offers it: the worker filling it in, the person, or a colleague's id. */
export const ownerMe = 'me';
export const ownerPerson = 'person';

export interface StepState {
  /** React's key for the row; never sent. */
  key: string;
  title: string;
  dueOn: string;
  owner: string;
}
export interface GoalState {
  key: string;
  domain: PlanDomain | null;
  description: string;
  targetOn: string;
  steps: StepState[];
}
export interface PlanState {
  agreedOn: string;
  agreedHow: AgreedHow;
  goals: GoalState[];
}

let counter = 0;
const nextKey = () => `row-${++counter}`;

/** A new step row: the worker does it unless they say otherwise (the usual case in the field). */
export const emptyStep = (): StepState => ({ key: nextKey(), title: '', dueOn: '', owner: ownerMe });
export const emptyGoal = (): GoalState => ({ key: nextKey(), domain: null, description: '', targetOn: '', steps: [] });

/** The step as the API takes it: empty days are none, "me" is the worker's own id, "the person" no user. */
export function stepBodyOf(step: StepState, meId: string): StepBody {
  return {
    title: step.title,
    dueOn: step.dueOn || null,
    ownerUserId: step.owner === ownerMe ? meId : step.owner === ownerPerson ? null : step.owner,
  };
}

/** A goal as the API takes it; a domain not chosen yet goes as it is, for the schema to name the field. */
export function goalBodyOf(goal: GoalState, meId: string): GoalBody {
  return {
    domain: goal.domain as PlanDomain,
    description: goal.description,
    targetOn: goal.targetOn || null,
    steps: goal.steps.map((s) => stepBodyOf(s, meId)),
  };
}

export function planBodyOf(state: PlanState, meId: string): CreatePlanBody {
  return {
    agreedOn: state.agreedOn,
    agreedHow: state.agreedHow,
    goals: state.goals.map((g) => goalBodyOf(g, meId)),
  };
}

/** Where a goal's status may go from here: an open goal is achieved or dropped; a closed one opens again. */
export function goalMoves(status: GoalStatus): readonly GoalStatus[] {
  return status === 'open' ? ['achieved', 'dropped'] : ['open'];
}

/** A line of the plan's history, with the goal and step it names looked up in the plan. */
export interface HistoryLine {
  /** The message key under `plans.history` (`other` for a kind this screen does not know). */
  what: string;
  domain?: PlanDomain;
  step?: string;
  from?: GoalStatus;
  to?: GoalStatus;
  day?: string;
  how?: AgreedHow;
}

const known = [
  'plan_agreed',
  'goal_added',
  'goal_status',
  'goal_changed',
  'step_added',
  'step_done',
  'step_reopened',
  'step_changed',
  'reviewed',
  'plan_closed',
];

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What a history entry says, in the plan's own terms (the server keeps ids; the page shows domains and titles). */
export function historyLine(entry: HistoryEntry, plan: Plan): HistoryLine {
  const d = entry.details;
  const goalId = str(d.goalId);
  const stepId = str(d.stepId);
  const step = stepId ? plan.goals.flatMap((g) => g.steps).find((s) => s.id === stepId) : undefined;
  const goal = plan.goals.find((g) => g.id === (goalId ?? step?.goalId));
  const domain = goal?.domain ?? (str(d.domain) as PlanDomain | undefined);
  const line: HistoryLine = { what: known.includes(entry.what) ? entry.what : 'other' };
  if (domain) line.domain = domain;
  if (step) line.step = step.title;
  if (entry.what === 'goal_status') {
    line.from = str(d.from) as GoalStatus;
    line.to = str(d.to) as GoalStatus;
  }
  const day = str(d.agreedOn) ?? str(d.reviewedOn) ?? str(d.closedOn);
  if (day) line.day = day;
  if (entry.what === 'plan_agreed' && str(d.agreedHow)) line.how = str(d.agreedHow) as AgreedHow;
  return line;
}

/** Coordinators and admins oversee everyone's steps; field workers start with their own. */
export function defaultMine(roles: readonly string[]): boolean {
  return !roles.some((r) => r === 'coordinator' || r === 'admin');
}
