import { describe, expect, it } from 'vitest';
import { createPlanBody } from '#core/schemas/plans';
import type { Plan } from '../../api/plans';
import {
  defaultMine,
  emptyGoal,
  emptyStep,
  goalMoves,
  historyLine,
  ownerPerson,
  planBodyOf,
  stepBodyOf,
} from './logic';

const id = (n: number) => `01960000-0000-7000-8000-0000000009${String(n).padStart(2, '0')}`;
const me = id(1);

describe('the plan form’s body', () => {
  it('sends the worker’s own id for "me", none for the person, a colleague’s id as chosen, and empty days as none', () => {
    const mine = { ...emptyStep(), title: 'Photos at the drop-in', dueOn: '2026-12-05' };
    expect(stepBodyOf(mine, me)).toEqual({ title: 'Photos at the drop-in', dueOn: '2026-12-05', ownerUserId: me });
    expect(stepBodyOf({ ...mine, dueOn: '', owner: ownerPerson }, me)).toEqual({
      title: 'Photos at the drop-in',
      dueOn: null,
      ownerUserId: null,
    });
    expect(stepBodyOf({ ...mine, owner: id(2) }, me).ownerUserId).toBe(id(2));
  });

  it('makes a body core accepts, goals and steps in order, and one it refuses with the field named', () => {
    const goal = {
      ...emptyGoal(),
      domain: 'documents' as const,
      description: 'A new ID card',
      targetOn: '2027-01-31',
      steps: [{ ...emptyStep(), title: 'Photos' }],
    };
    const second = { ...emptyGoal(), domain: 'income' as const, description: 'Benefit' };
    const body = planBodyOf({ agreedOn: '2026-12-02', agreedHow: 'in_field', goals: [goal, second] }, me);
    expect(createPlanBody.parse(body)).toEqual({
      agreedOn: '2026-12-02',
      agreedHow: 'in_field',
      goals: [
        {
          domain: 'documents',
          description: 'A new ID card',
          targetOn: '2027-01-31',
          steps: [{ title: 'Photos', dueOn: null, ownerUserId: me }],
        },
        { domain: 'income', description: 'Benefit', targetOn: null, steps: [] },
      ],
    });
    const unfinished = planBodyOf({ agreedOn: '2026-12-02', agreedHow: 'in_field', goals: [emptyGoal()] }, me);
    const result = createPlanBody.safeParse(unfinished);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['goals.0.description', 'goals.0.domain']);
  });

  it('gives each new row its own key', () => {
    expect(emptyGoal().key).not.toBe(emptyGoal().key);
    expect(emptyStep().key).not.toBe(emptyStep().key);
  });
});

describe('goals and history', () => {
  it('moves an open goal to achieved or dropped, and a closed one back to open', () => {
    expect(goalMoves('open')).toEqual(['achieved', 'dropped']);
    expect(goalMoves('achieved')).toEqual(['open']);
    expect(goalMoves('dropped')).toEqual(['open']);
  });

  const plan: Plan = {
    id: id(10),
    clientId: id(11),
    pseudonym: 'Kuba',
    agreedOn: '2026-11-01',
    agreedHow: 'in_field',
    status: 'active',
    closedOn: null,
    goals: [
      {
        id: id(12),
        domain: 'housing',
        description: 'A flat',
        targetOn: null,
        status: 'achieved',
        statusOn: '2026-11-20',
        overdue: false,
        steps: [
          {
            id: id(13),
            goalId: id(12),
            title: 'Application',
            dueOn: null,
            ownerUserId: null,
            ownerName: null,
            doneOn: null,
          },
        ],
      },
    ],
    reviews: [],
    history: [],
  };
  const entry = (what: string, details: Plan['history'][number]['details']) => ({
    at: '2026-11-20T10:00:00.000Z',
    what,
    by: 'Ola',
    details,
  });

  it('names the goal by its domain and the step by its title, never by id', () => {
    expect(historyLine(entry('plan_agreed', { agreedOn: '2026-11-01', agreedHow: 'in_field' }), plan)).toEqual({
      what: 'plan_agreed',
      day: '2026-11-01',
      how: 'in_field',
    });
    expect(historyLine(entry('goal_status', { goalId: id(12), from: 'open', to: 'achieved' }), plan)).toEqual({
      what: 'goal_status',
      domain: 'housing',
      from: 'open',
      to: 'achieved',
    });
    expect(historyLine(entry('step_done', { stepId: id(13), dueOn: null }), plan)).toEqual({
      what: 'step_done',
      domain: 'housing',
      step: 'Application',
    });
    expect(historyLine(entry('reviewed', { reviewedOn: '2026-11-21' }), plan)).toEqual({
      what: 'reviewed',
      day: '2026-11-21',
    });
    expect(historyLine(entry('goal_added', { goalId: id(99), domain: 'work' }), plan)).toEqual({
      what: 'goal_added',
      domain: 'work',
    });
    expect(historyLine(entry('something_new', {}), plan)).toEqual({ what: 'other' });
  });

  it('starts coordinators and admins on everyone’s steps, field workers on their own', () => {
    expect(defaultMine(['outreach'])).toBe(true);
    expect(defaultMine(['counsellor'])).toBe(true);
    expect(defaultMine(['coordinator'])).toBe(false);
    expect(defaultMine(['admin', 'outreach'])).toBe(false);
  });
});
