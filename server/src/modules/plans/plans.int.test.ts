import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * Support plans (S3 step 2, S5 step 2): agreed with the person, three goals by
 * domain, steps with owners and due days, a review; the worker's list of steps
 * due and goals overdue; the history kept; the sealed texts never at rest in
 * the clear; a step ticked off from a phone.
 */
let t: TestApp;
let worker: TestUser;
let outreach: ApiClient;
let counsellor: ApiClient;
let coordinator: ApiClient;
let reception: ApiClient;
let peer: ApiClient;
let otherOrg: ApiClient;
let person: string;

const warsawDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' });
const day = (offset: number) => {
  const [y, m, d] = warsawDay.format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + offset)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Plans org');
  worker = await t.user(org, ['outreach']);
  outreach = await t.as(worker);
  counsellor = await t.as(await t.user(org, ['counsellor'], { disciplines: ['addiction'] }));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  reception = await t.as(await t.user(org, ['reception']));
  peer = await t.as(await t.user(org, ['peer']));
  otherOrg = await t.as(await t.user(await t.organisation('Other org'), ['coordinator']));
  person = (await outreach.post('/api/clients', { pseudonym: 'Marek z dworca' })).body.id;
});
afterAll(() => t.close());

describe('support plans', () => {
  let planId: string;

  it('agrees a plan with three goals, steps with owners, and keeps what it says sealed', async () => {
    const made = await outreach.post(`/api/clients/${person}/plans`, {
      agreedOn: day(-20),
      agreedHow: 'in_field',
      goals: [
        {
          domain: 'documents',
          description: 'A new ID card (the old one was stolen at the station)',
          targetOn: day(-1),
          steps: [
            { title: 'Photos at the drop-in', dueOn: day(-10), ownerUserId: worker.id },
            { title: 'Go to the registry office', dueOn: day(3) },
          ],
        },
        {
          domain: 'treatment',
          description: 'Start substitution treatment',
          targetOn: day(30),
          steps: [{ title: 'Call the programme', dueOn: day(2), ownerUserId: worker.id }],
        },
        { domain: 'housing', description: 'A place in a re-adaptation flat' },
      ],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    planId = made.body.id;
    expect(made.body).toMatchObject({ agreedHow: 'in_field', status: 'active', pseudonym: 'Marek z dworca' });
    expect(made.body.goals.map((g: { domain: string }) => g.domain)).toEqual(['documents', 'treatment', 'housing']);
    expect(made.body.goals[0]).toMatchObject({
      overdue: true,
      steps: [{ ownerName: expect.any(String) }, { ownerUserId: null }],
    });
    const sealed = await t.db.ownerPool.query('SELECT description_enc FROM plan_goals WHERE plan_id = $1', [planId]);
    for (const row of sealed.rows) expect(row.description_enc).not.toMatch(/ID card|substitution|flat/);
    // One plan in work at a time.
    const second = await outreach.post(`/api/clients/${person}/plans`, {
      agreedOn: day(0),
      agreedHow: 'phone',
      goals: [{ domain: 'income', description: 'Benefits' }],
    });
    expect(second.status).toBe(409);
  });

  it('lists the worker’s steps due and goals overdue', async () => {
    const due = await outreach.get('/api/plans/due?days=7');
    expect(due.status).toBe(200);
    expect(due.body.steps.map((s: { title: string; overdue: boolean }) => [s.title, s.overdue])).toEqual([
      ['Photos at the drop-in', true],
      ['Call the programme', false],
    ]);
    expect(due.body.goals.map((g: { domain: string }) => g.domain)).toEqual(['documents']);
    // Everyone's, for a coordinator: the person's own step too.
    const all = await coordinator.get('/api/plans/due?days=7&mine=false');
    expect(all.body.steps.map((s: { title: string }) => s.title)).toContain('Go to the registry office');
  });

  it('works the plan: a step done (from a phone too), a goal achieved, a review; the history says so', async () => {
    const plan = (await outreach.get(`/api/plans/${planId}`)).body;
    const photos = plan.goals[0].steps[0].id;
    const done = await outreach.patch(`/api/plan-steps/${photos}`, { done: true });
    expect(done.body.goals[0].steps[0].doneOn).toBe(day(0));
    // The registry step, ticked off in the field and sent from the phone's outbox.
    const deviceId = uuidv7();
    await outreach.post('/api/devices', { id: deviceId, name: 'Field phone' });
    const registry = plan.goals[0].steps[1].id;
    const pushed = await outreach.post('/api/sync/push', {
      deviceId,
      operations: [
        { opId: uuidv7(), type: 'plan_step.update', recordId: registry, payload: { done: true, doneOn: day(-2) } },
      ],
    });
    expect(pushed.body.results[0].outcome, JSON.stringify(pushed.body)).toBe('applied');
    // Synced later, the step keeps the day it was ticked off on the phone.
    expect((await outreach.get(`/api/plans/${planId}`)).body.goals[0].steps[1].doneOn).toBe(day(-2));
    const achieved = await counsellor.patch(`/api/plan-goals/${plan.goals[0].id}`, { status: 'achieved' });
    expect(achieved.body.goals[0]).toMatchObject({ status: 'achieved', statusOn: day(0), overdue: false });
    const reviewed = await counsellor.post(`/api/plans/${planId}/reviews`, {
      reviewedOn: day(0),
      notes: 'ID card done; he wants to wait with treatment until the flat is sure.',
    });
    expect(reviewed.body.reviews[0].notes).toMatch(/ID card done/);
    expect(reviewed.body.history.map((h: { what: string }) => h.what)).toEqual([
      'plan_agreed',
      'goal_added',
      'goal_added',
      'goal_added',
      'step_done',
      'step_done',
      'goal_status',
      'reviewed',
    ]);
    expect(JSON.stringify(reviewed.body.history)).not.toMatch(/ID card|treatment until/);
    // Reception reads the plan, may not change it.
    expect((await reception.get(`/api/clients/${person}/plans`)).body.items[0].id).toBe(planId);
    expect((await reception.patch(`/api/plan-steps/${photos}`, { done: false })).status).toBe(403);
  });

  it('counts plans with a goal achieved and goals by domain', async () => {
    const stats = await coordinator.get(`/api/plans/statistics?from=${day(-60)}&to=${day(0)}`);
    expect(stats.body).toMatchObject({ plans: 1, withGoalAchieved: 1 });
    expect(stats.body.goals).toEqual([
      { domain: 'housing', total: 1, achieved: 0, dropped: 0 },
      { domain: 'documents', total: 1, achieved: 1, dropped: 0 },
      { domain: 'treatment', total: 1, achieved: 0, dropped: 0 },
    ]);
  });

  it('closes a plan, after which it takes no more work', async () => {
    const closed = await coordinator.post(`/api/plans/${planId}/close`, { closedOn: day(0) });
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: day(0) });
    const late = await outreach.post(`/api/plans/${planId}/goals`, { domain: 'work', description: 'A job' });
    expect(late.status).toBe(400);
    expect(Object.keys(late.body.error.fields)).toEqual(['planId']);
    // A new plan may now be agreed.
    const next = await outreach.post(`/api/clients/${person}/plans`, {
      agreedOn: day(0),
      agreedHow: 'in_person',
      goals: [{ domain: 'housing', description: 'The flat' }],
    });
    expect(next.status).toBe(201);
  });

  it('refuses bad input with the field and writes nothing; keeps plans from peers and other organisations', async () => {
    const count = async () => (await t.db.ownerPool.query('SELECT count(*)::int AS n FROM support_plans')).rows[0].n;
    const before = await count();
    const other = (await coordinator.post('/api/clients', { pseudonym: 'Ola' })).body.id;
    for (const [body, field] of [
      [{ agreedOn: day(0), agreedHow: 'in_person', goals: [] }, 'goals'],
      [{ agreedOn: day(0), agreedHow: 'telepathy', goals: [{ domain: 'housing', description: 'x' }] }, 'agreedHow'],
      [{ agreedOn: day(0), agreedHow: 'in_person', goals: [{ domain: 'luck', description: 'x' }] }, 'goals.0.domain'],
      [
        { agreedOn: day(0), agreedHow: 'in_person', goals: [{ domain: 'housing', description: '' }] },
        'goals.0.description',
      ],
      [
        {
          agreedOn: day(0),
          agreedHow: 'in_person',
          goals: [{ domain: 'housing', description: 'x', steps: [{ title: 'y', ownerUserId: uuidv7() }] }],
        },
        'goals.0.steps.0.ownerUserId',
      ],
    ] as const) {
      const res = await outreach.post(`/api/clients/${other}/plans`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
    }
    expect(await count()).toBe(before);
    expect((await peer.get(`/api/clients/${person}/plans`)).status).toBe(403);
    expect((await otherOrg.get(`/api/clients/${person}/plans`)).status).toBe(404);
    expect((await otherOrg.get(`/api/plans/${planId}`)).status).toBe(404);
  });

  it('refuses to merge two people who each have a plan in work, with a translated 409, and merges once one is closed', async () => {
    const agree = async (clientId: string) =>
      (
        await outreach.post(`/api/clients/${clientId}/plans`, {
          agreedOn: day(0),
          agreedHow: 'in_field',
          goals: [{ domain: 'housing', description: 'A room' }],
        })
      ).body.id as string;
    const kept = (await outreach.post('/api/clients', { pseudonym: 'Witek' })).body.id;
    const duplicate = (await outreach.post('/api/clients', { pseudonym: 'Witek B' })).body.id;
    await agree(kept);
    const second = await agree(duplicate);
    const refused = await coordinator.post(`/api/clients/${kept}/merge`, { duplicateId: duplicate });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.fields).toMatchObject({ clientId: expect.any(String) });
    expect((await coordinator.get(`/api/clients/${duplicate}`)).body.status).toBe('active');
    await outreach.post(`/api/plans/${second}/close`, { closedOn: day(0) });
    expect((await coordinator.post(`/api/clients/${kept}/merge`, { duplicateId: duplicate })).status).toBe(201);
    expect((await outreach.get(`/api/clients/${kept}/plans`)).body.items).toHaveLength(2);
  });
});
