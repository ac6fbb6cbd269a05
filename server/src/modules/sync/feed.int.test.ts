import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '#core/sync/hlc';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { withTenant } from '../../platform/db/tenancy';

/** The change feed a phone pulls: complete, in the reader's scope, and never skipping a late commit. */
let t: TestApp;
let org: string;
let worker: TestUser;
let w: ApiClient;
let peer: ApiClient;
let coordinator: ApiClient;
let teamId: string;
let otherTeamShift: string;
let shiftId: string;
let anna: string;

const today = new Date().toISOString().slice(0, 10);
type Page = {
  reset: boolean;
  cursor: string | null;
  more: boolean;
  records: { entity: string; id: string; deleted: boolean; data?: Record<string, unknown> }[];
};

async function pull(as: ApiClient, cursor?: string | null, limit = 1000): Promise<Page> {
  const res = await as.get(`/api/sync/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/**
 * Waits until no transaction older than the newest change is still running. The
 * horizon is the whole cluster's, and other test files' transactions (in their own
 * databases) may be open for a moment.
 */
async function settled() {
  for (let i = 0; i < 200; i++) {
    const { rows } = await t.db.ownerPool.query<{ ok: boolean }>(
      `SELECT coalesce((SELECT max(xid) FROM changes) < pg_snapshot_xmin(pg_current_snapshot()), true) AS ok`,
    );
    if (rows[0]?.ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('a transaction stayed open for 10 s');
}

/** Follows the cursor to the end; the last version of each record wins, as on the phone. */
async function mirror(as: ApiClient, from?: string | null, limit = 1000, settle = true) {
  if (settle) await settled();
  const held = new Map<string, Page['records'][number]>();
  let cursor = from ?? null;
  for (;;) {
    const page = await pull(as, cursor, limit);
    for (const r of page.records) held.set(`${r.entity}:${r.id}`, r);
    cursor = page.cursor;
    if (!page.more) return { held, cursor };
  }
}

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Feed org');
  worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  const peerUser = await t.user(org, ['peer']);
  peer = await t.as(peerUser);
  coordinator = await t.as(await t.user(org, ['coordinator']));
  const other = await t.user(org, ['outreach']);
  teamId = (await coordinator.post('/api/teams', { name: 'Street', memberIds: [worker.id, peerUser.id] })).body.id;
  const otherTeam = (await coordinator.post('/api/teams', { name: 'Party', memberIds: [other.id] })).body.id;
  const plan = (team: string, members: string[]) =>
    coordinator.post('/api/shifts', {
      teamId: team,
      date: today,
      plannedStart: '18:00',
      plannedEnd: '22:00',
      channel: 'street',
      memberIds: members,
    });
  shiftId = (await plan(teamId, [worker.id, peerUser.id])).body.id;
  otherTeamShift = (await plan(otherTeam, [other.id])).body.id;
  anna = (await w.post('/api/clients', { pseudonym: 'Anna', code: 'ANN01BEA02' })).body.id;
});
afterAll(() => t.close());

describe('change feed', () => {
  it('mirrors catalogues, places, the user’s teams and shifts, and the client index without identity', async () => {
    const { held } = await mirror(w);
    const client = held.get(`client:${anna}`);
    expect(client?.deleted).toBe(false);
    expect(Object.keys(client?.data ?? {}).sort()).toEqual([
      'lastActivityOn',
      'nextFollowUpOn',
      'openFollowUps',
      'pseudonym',
      'stamps',
      'status',
      'targetGroupIds',
    ]);
    // Made, never edited: no field is stamped yet.
    expect(client?.data?.stamps).toEqual({});
    expect(JSON.stringify([...held.values()])).not.toContain('ANN01BEA02');
    expect(held.get(`team:${teamId}`)).toMatchObject({ deleted: false, data: { name: 'Street' } });
    expect(held.get(`shift:${shiftId}`)).toMatchObject({ deleted: false, data: { status: 'planned', teamId } });
    // Another team's shift is not the worker's to hold.
    expect(held.get(`shift:${otherTeamShift}`)?.deleted ?? true).toBe(true);
    const items = [...held.values()].filter((r) => r.entity === 'catalogue_item' && !r.deleted);
    expect(items.length).toBeGreaterThan(10);
    // Reception works no shifts: its phone holds people and catalogues, no shift.
    const reception = await mirror(await t.as(await t.user(org, ['reception'])));
    expect(reception.held.get(`client:${anna}`)?.deleted).toBe(false);
    expect([...reception.held.values()].filter((r) => r.entity === 'shift' && !r.deleted)).toEqual([]);
  });

  it('carries the sites reception checks people in at, never their address', async () => {
    const admin = await t.as(await t.user(org, ['admin']));
    const shelter = (
      await admin.post('/api/sites', {
        name: 'Women’s shelter',
        type: 'night_shelter',
        capacityBeds: 8,
        address: 'Secret street 1',
      })
    ).body.id;
    const { held } = await mirror(await t.as(await t.user(org, ['reception'])));
    expect(held.get(`site:${shelter}`)).toMatchObject({
      deleted: false,
      data: { name: 'Women’s shelter', type: 'night_shelter', capacityBeds: 8, active: true },
    });
    expect(JSON.stringify([...held.values()])).not.toContain('Secret street');
  });

  it('carries the partner directory a referral is made to offline, never places or the procedure', async () => {
    const coordinator = await t.as(await t.user(org, ['coordinator']));
    const partner = (
      await coordinator.post('/api/partners', { name: 'Welfare centre', cooperationProcedure: 'Call Maria first' })
    ).body.id;
    await coordinator.post('/api/partner-locations', { partnerId: partner, name: 'Office', address: 'Hidden lane 3' });
    const service = (
      await coordinator.post('/api/partner-services', {
        partnerId: partner,
        name: 'Social assistance',
        serviceTypes: ['social_assistance'],
        targetGroups: ['people_experiencing_homelessness'],
      })
    ).body.id;
    const { held } = await mirror(w);
    expect(held.get(`partner:${partner}`)).toMatchObject({
      deleted: false,
      data: { name: 'Welfare centre', active: true },
    });
    expect(held.get(`partner_service:${service}`)).toMatchObject({
      data: { partnerId: partner, name: 'Social assistance', status: 'active', serviceTypes: ['social_assistance'] },
    });
    const text = JSON.stringify([...held.values()]);
    expect(text).not.toContain('Hidden lane');
    expect(text).not.toContain('Call Maria');
  });

  it('carries the steps a worker ticks off in the field: their own and the person’s, of open goals of a plan in work', async () => {
    const other = await t.user(org, ['outreach']);
    const mira = (await w.post('/api/clients', { pseudonym: 'Mira', code: 'MIR01BEA02' })).body.id;
    const plan = await coordinator.post(`/api/clients/${mira}/plans`, {
      agreedOn: today,
      agreedHow: 'in_field',
      goals: [
        {
          domain: 'documents',
          description: 'Sealed goal: a new ID card after the theft',
          steps: [
            { title: 'Photos at the drop-in', dueOn: today, ownerUserId: worker.id },
            { title: 'Bring the birth certificate', ownerUserId: null },
            { title: 'Call the registry office', ownerUserId: other.id },
          ],
        },
        { domain: 'health', description: 'Sealed goal: dentist', steps: [{ title: 'Book', ownerUserId: worker.id }] },
      ],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const [documents, health] = plan.body.goals;
    const [photos, certificate, registry] = documents.steps.map((s: { id: string }) => s.id);
    const book = health.steps[0].id;
    const first = await mirror(w);
    expect(first.held.get(`plan_step:${photos}`)).toMatchObject({
      deleted: false,
      data: { clientId: mira, domain: 'documents', title: 'Photos at the drop-in', dueOn: today, doneOn: null },
    });
    expect(first.held.get(`plan_step:${certificate}`)?.data).toMatchObject({ ownerUserId: null });
    // Another worker's step stays off this phone; a goal's sealed description never reaches one.
    expect(first.held.get(`plan_step:${registry}`)).toMatchObject({ deleted: true });
    expect(JSON.stringify([...first.held.values()])).not.toContain('Sealed goal');
    // A role that does not work on plans holds no step at all.
    expect([...(await mirror(peer)).held.values()].some((r) => r.entity === 'plan_step' && !r.deleted)).toBe(false);

    // The health goal achieved and then the plan closed: their steps leave the phone.
    await coordinator.patch(`/api/plan-goals/${health.id}`, { status: 'achieved' });
    const afterGoal = await mirror(w, first.cursor);
    expect(afterGoal.held.get(`plan_step:${book}`)).toMatchObject({ deleted: true });
    expect(afterGoal.held.has(`plan_step:${photos}`)).toBe(false);
    await coordinator.post(`/api/plans/${plan.body.id}/close`, { closedOn: today });
    const afterClose = await mirror(w, afterGoal.cursor);
    expect(afterClose.held.get(`plan_step:${photos}`)).toMatchObject({ deleted: true });
    expect(afterClose.held.get(`plan_step:${certificate}`)).toMatchObject({ deleted: true });
  });

  it('pages by cursor to the same mirror, and a later change arrives after the cursor', async () => {
    const whole = await mirror(w);
    const paged = await mirror(w, null, 7);
    expect([...paged.held.keys()].sort()).toEqual([...whole.held.keys()].sort());
    expect(paged.cursor).toBe(whole.cursor);

    expect((await w.patch(`/api/clients/${anna}`, { pseudonym: 'Anna K' })).status).toBe(200);
    await coordinator.post(`/api/shifts/${shiftId}/open`);
    const next = await mirror(w, whole.cursor);
    expect(next.held.get(`client:${anna}`)?.data?.pseudonym).toBe('Anna K');
    expect(next.held.get(`shift:${shiftId}`)?.data?.status).toBe('open');
    expect((await pull(w, next.cursor)).records).toEqual([]);
  });

  it('carries the stamp of each edited field, the server’s for an online change and the phone’s for its own', async () => {
    const { cursor } = await mirror(w);
    expect((await w.patch(`/api/clients/${anna}`, { pseudonym: 'Anna S' })).status).toBe(200);
    const online = await mirror(w, cursor);
    const serverStamps = online.held.get(`client:${anna}`)?.data?.stamps as Record<string, string>;
    expect(Object.keys(serverStamps)).toEqual(['pseudonym']);
    expect(serverStamps.pseudonym).toMatch(/^\d{13}:\d{5}:server$/);

    // A phone's edit based on that stamp: the feed then holds the phone's stamp.
    const deviceId = uuidv7();
    expect((await w.post('/api/devices', { id: deviceId, name: 'Feed phone' })).status).toBe(201);
    const hlc = formatHlc({ ms: Date.now() + 1_000, counter: 0, node: deviceId });
    const push = await w.post('/api/sync/push', {
      deviceId,
      operations: [
        {
          opId: uuidv7(),
          type: 'client.update',
          recordId: anna,
          payload: { fields: { status: { value: 'inactive', hlc, base: null } } },
        },
      ],
    });
    expect(push.body.results[0].outcome, JSON.stringify(push.body)).toBe('applied');
    const after = await mirror(w, online.cursor);
    expect(after.held.get(`client:${anna}`)?.data).toMatchObject({
      status: 'inactive',
      stamps: { pseudonym: serverStamps.pseudonym, status: hlc },
    });
  });

  it('does not move past a change whose transaction is still open', async () => {
    const { cursor } = await mirror(w);
    const bartek = (await w.post('/api/clients', { pseudonym: 'Bartek' })).body.id;
    const base = (await mirror(w, cursor)).cursor;
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let wrote!: () => void;
    const written = new Promise<void>((r) => {
      wrote = r;
    });
    // A: changes Bartek first and stays open; B: changes Anna afterwards and commits.
    const slow = withTenant(t.db.app, { organisationId: org, userId: worker.id }, async (tx) => {
      await tx.updateTable('clients').set({ pseudonym: 'Bartek late' }).where('id', '=', bartek).execute();
      wrote();
      await held;
    });
    await written;
    expect((await w.patch(`/api/clients/${anna}`, { pseudonym: 'Anna early' })).status).toBe(200);
    const meanwhile = await mirror(w, base, 1000, false);
    expect(meanwhile.held.size).toBe(0); // Anna's change waits behind the open one
    expect(meanwhile.cursor).toBe(base);
    release();
    await slow;
    const after = await mirror(w, meanwhile.cursor);
    expect(after.held.get(`client:${bartek}`)?.data?.pseudonym).toBe('Bartek late');
    expect(after.held.get(`client:${anna}`)?.data?.pseudonym).toBe('Anna early');
  });

  it('sends a merged person as gone, answers a cursor from elsewhere with reset, and refuses a bad one', async () => {
    const { cursor } = await mirror(w);
    const duplicate = (await w.post('/api/clients', { pseudonym: 'Anna dup' })).body.id;
    const merged = await coordinator.post(`/api/clients/${anna}/merge`, { duplicateId: duplicate });
    expect(merged.status, JSON.stringify(merged.body)).toBeLessThan(300);
    const after = await mirror(peer, cursor);
    expect(after.held.get(`client:${duplicate}`)?.deleted).toBe(true);
    expect((await pull(w, '99999999999.1')).reset).toBe(true);
    expect((await w.get('/api/sync/changes?cursor=abc')).status).toBe(400);
    expect((await w.get('/api/sync/changes?limit=0')).status).toBe(400);
  });
  it('says how many follow-ups are open for a person and when the next is due, in the reader’s scope, never what they say', async () => {
    await coordinator.post(`/api/shifts/${shiftId}/open`);
    const { cursor } = await mirror(w);
    const card = (dueOn: string) =>
      w.post('/api/contacts', {
        kind: 'repeat',
        clientId: anna,
        shiftId,
        followUp: { what: 'Bring the form for the ID card', dueOn },
      });
    const later = await card('2030-05-20');
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    expect((await card('2030-05-10')).status).toBe(201);
    const after = await mirror(w, cursor);
    expect(after.held.get(`client:${anna}`)?.data).toMatchObject({ openFollowUps: 2, nextFollowUpOn: '2030-05-10' });
    expect(JSON.stringify([...after.held.values()])).not.toContain('Bring the form');
    // Ticking one off moves the person in the feed again.
    expect((await w.patch(`/api/contacts/${later.body.id}`, { followUpDone: true })).status).toBe(200);
    const ticked = await mirror(w, after.cursor);
    expect(ticked.held.get(`client:${anna}`)?.data).toMatchObject({ openFollowUps: 1, nextFollowUpOn: '2030-05-10' });
    // Reception sees the person, not the outreach cards behind the count.
    const reception = await mirror(await t.as(await t.user(org, ['reception'])));
    expect(reception.held.get(`client:${anna}`)?.data).toMatchObject({ openFollowUps: 0, nextFollowUpOn: null });
  });
});
