import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

let t: TestApp;
let org: string;
let worker: TestUser;
let peerUser: TestUser;
let w: ApiClient;
let peer: ApiClient;
let otherTeamWorker: ApiClient;
let volunteer: ApiClient;
let coordinator: ApiClient;
let counsellor: ApiClient;
let reception: ApiClient;
let viewer: ApiClient;
let teamId: string;
let otherTeamId: string;
let condoms: string;
let syringes: string;
let service: string;
let topic: string;
let reason: string;

// The organisation's date (its default time zone), as the server dates contacts and episodes:
// between 23:00 and midnight UTC it is already tomorrow in Warsaw.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Outreach org');
  worker = await t.user(org, ['outreach']);
  peerUser = await t.user(org, ['peer']);
  const other = await t.user(org, ['outreach']);
  w = await t.as(worker);
  peer = await t.as(peerUser);
  otherTeamWorker = await t.as(other);
  volunteer = await t.as(await t.user(org, ['volunteer']));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  counsellor = await t.as(await t.user(org, ['counsellor'], { disciplines: ['social'] }));
  reception = await t.as(await t.user(org, ['reception']));
  viewer = await t.as(await t.user(org, ['viewer']));
  teamId = (await coordinator.post('/api/teams', { name: 'Street', memberIds: [worker.id, peerUser.id] })).body.id;
  otherTeamId = (await coordinator.post('/api/teams', { name: 'Party', memberIds: [other.id] })).body.id;
  const items = async (kind: string) => (await coordinator.get(`/api/catalogues/${kind}`)).body.items;
  const materials = await items('material');
  condoms = materials.find((m: { key: string }) => m.key === 'condoms')?.id ?? materials[0].id;
  syringes = materials.find((m: { key: string }) => m.key === 'syringes')?.id ?? materials[1].id;
  service = (await items('service'))[0].id;
  topic = (await items('topic'))[0].id;
  reason = (await items('referral_reason'))[0].id;
});
afterAll(() => t.close());

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return rows[0].n;
}

async function person(pseudonym: string) {
  return (await w.post('/api/clients', { pseudonym })).body.id as string;
}

async function openShift(members?: string[]) {
  const created = await w.post('/api/shifts', {
    teamId,
    date: today,
    plannedStart: '18:00',
    plannedEnd: '22:00',
    channel: 'street',
    memberIds: members ?? [worker.id, peerUser.id],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.status).toBe('planned');
  const opened = await w.post(`/api/shifts/${created.body.id}/open`);
  expect(opened.body.status).toBe('open');
  expect(opened.body.actualStart).not.toBeNull();
  return created.body.id as string;
}

describe('a shift from plan to approved report (S5)', () => {
  it('records first, repeat and anonymous contacts and builds the work report from them', async () => {
    const shiftId = await openShift();
    const client = await person('Ola');
    await coordinator.post('/api/stock/movements', { teamId, materialId: condoms, kind: 'received', quantity: 100 });

    const first = await w.post('/api/contacts', {
      kind: 'first',
      clientId: client,
      shiftId,
      durationMinutes: 20,
      topicIds: [topic],
      services: [{ serviceId: service, minutes: 15 }],
      materials: [
        { materialId: condoms, quantity: 10 },
        { materialId: syringes, quantity: 5, returned: 4, secondaryFor: 2 },
      ],
      referrals: [{ reasonId: reason, partnerName: 'MOPS' }],
      followUp: { what: 'Bring the form for the ID card', dueOn: today },
      notes: 'Talked about the night shelter',
      initialSituation: { housing: 'squat', income: ['casual_work'], documents: 'none', health: 'leg wound' },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ kind: 'first', channel: 'street', teamId, workerId: worker.id });
    expect(first.body.initialSituation).toMatchObject({ housing: 'squat', health: 'leg wound' });
    const stored = await t.db.ownerPool.query('SELECT * FROM contacts WHERE id = $1', [first.body.id]);
    expect(JSON.stringify(stored.rows[0])).not.toMatch(/night shelter|leg wound/);

    for (const minutes of [5, 10]) {
      const repeat = await peer.post('/api/contacts', {
        kind: 'repeat',
        clientId: client,
        shiftId,
        durationMinutes: minutes,
        materials: [{ materialId: condoms, quantity: 5 }],
        changes: 'Found a room',
      });
      expect(repeat.status).toBe(201);
    }
    const anonymous = await peer.post('/api/contacts', {
      kind: 'anonymous',
      shiftId,
      headCount: 3,
      breakdown: { women: 2, men: 1 },
      materials: [{ materialId: condoms, quantity: 6 }],
    });
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(201);

    const report = (await w.get(`/api/shifts/${shiftId}/report`)).body;
    expect(report.people).toMatchObject({ new: 1, known: 0, anonymous: 3 });
    expect(report.contactsByKind).toEqual([
      { key: 'anonymous', count: 1 },
      { key: 'first', count: 1 },
      { key: 'repeat', count: 2 },
    ]);
    expect(report.materials).toEqual(
      expect.arrayContaining([
        { materialId: condoms, quantity: 26, returned: 0, secondaryFor: 0 },
        { materialId: syringes, quantity: 5, returned: 4, secondaryFor: 2 },
      ]),
    );
    expect(report.services).toEqual([{ serviceId: service, count: 1, minutes: 15 }]);
    expect(report.referrals).toEqual([{ reasonId: reason, count: 1 }]);
    expect(report.followUps).toBe(1);
    expect(report.hours.members).toBe(2);

    const stock = (await w.get(`/api/stock?teamId=${teamId}`)).body.items;
    expect(stock.find((s: { materialId: string }) => s.materialId === condoms).balance).toBe(100 - 26);
    await coordinator.put('/api/stock/thresholds', { teamId, materialId: condoms, threshold: 80 });
    expect(
      (await w.get(`/api/stock?teamId=${teamId}`)).body.items.find(
        (s: { materialId: string }) => s.materialId === condoms,
      ),
    ).toMatchObject({
      balance: 74,
      threshold: 80,
      low: true,
    });
    // The balance is the sum of the movements listed behind it, newest first, each naming its card.
    const movements = await w.get(`/api/stock/movements?teamId=${teamId}&materialId=${condoms}&pageSize=100`);
    expect(movements.status).toBe(200);
    const listed = movements.body.items as { kind: string; quantity: number; contactId: string | null; at: string }[];
    expect(listed.reduce((sum, m) => sum + m.quantity, 0)).toBe(74);
    expect(movements.body.total).toBe(listed.length);
    expect(listed.at(-1)).toMatchObject({ kind: 'received', quantity: 100, contactId: null });
    expect(listed.filter((m) => m.kind === 'handed_out').every((m) => m.contactId !== null)).toBe(true);
    expect([...listed].sort((a, b) => b.at.localeCompare(a.at)).map((m) => m.at)).toEqual(listed.map((m) => m.at));
    const handedOut = await w.get(`/api/stock/movements?teamId=${teamId}&kind=handed_out&pageSize=100`);
    expect((handedOut.body.items as { kind: string }[]).every((m) => m.kind === 'handed_out')).toBe(true);
    expect((await w.get(`/api/stock/movements?teamId=${teamId}&siteId=${teamId}`)).status).toBe(400);
    expect((await w.get('/api/stock/movements')).status).toBe(400);
    expect((await w.get(`/api/stock/movements?teamId=${teamId}&from=yesterday`)).status).toBe(400);

    // Submit → returned with a comment → corrected → submitted → approved.
    expect((await w.post(`/api/shifts/${shiftId}/approve`)).status).toBe(403);
    expect((await w.post(`/api/shifts/${shiftId}/submit`)).body.status).toBe('submitted');
    expect((await w.patch(`/api/shifts/${shiftId}`, { narrative: 'late' })).status).toBe(400);
    expect(
      (await coordinator.post(`/api/shifts/${shiftId}/return`, { comment: 'Add the narrative' })).body,
    ).toMatchObject({
      status: 'returned',
      reviewComment: 'Add the narrative',
    });
    expect(
      (await w.patch(`/api/shifts/${shiftId}`, { narrative: 'Quiet night at the station', incidentCount: 1 })).status,
    ).toBe(200);
    expect((await w.post(`/api/shifts/${shiftId}/submit`)).body.status).toBe('submitted');
    const approved = await coordinator.post(`/api/shifts/${shiftId}/approve`);
    expect(approved.body).toMatchObject({
      status: 'approved',
      narrative: 'Quiet night at the station',
      incidentCount: 1,
    });
    expect((await coordinator.post(`/api/shifts/${shiftId}/approve`)).status).toBe(400);
    const late = await w.post('/api/contacts', { kind: 'repeat', clientId: client, shiftId });
    expect(late.status).toBe(400);
    expect(late.body.error.fields.shiftId).toBeDefined();

    // The person's outreach episode started with the first card.
    const episodes = (await w.get(`/api/clients/${client}/enrollments`)).body.items;
    expect(episodes).toEqual([expect.objectContaining({ programme: 'outreach', startOn: today, exitOn: null })]);
    expect((await w.get(`/api/clients/${client}`)).body.firstContactOn).toBe(today);
  });
});

describe('recording contacts', () => {
  it('records an offline contact once however often it is delivered, also concurrently', async () => {
    const shiftId = await openShift();
    const id = uuidv7();
    const body = { id, kind: 'anonymous', shiftId, headCount: 1, materials: [{ materialId: condoms, quantity: 2 }] };
    const results = await Promise.all(Array.from({ length: 8 }, () => peer.post('/api/contacts', body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await count('contacts', `id = '${id}'`)).toBe(1);
    expect(await count('stock_movements', `contact_id = '${id}'`)).toBe(1);
    // Someone else cannot claim that id.
    expect((await w.post('/api/contacts', body)).status).toBe(400);
  });

  it('refuses bad input and writes nothing', async () => {
    const shiftId = await openShift();
    const client = await person('Bad input');
    const before = [await count('contacts'), await count('contact_materials'), await count('stock_movements')];
    const bodies: Record<string, unknown>[] = [
      {},
      { kind: 'first', shiftId },
      { kind: 'anonymous', clientId: client, shiftId, headCount: 2 },
      { kind: 'anonymous', shiftId },
      { kind: 'repeat', clientId: client, shiftId, headCount: 2 },
      { kind: 'anonymous', shiftId, headCount: 2, breakdown: { women: 3 } },
      { kind: 'anonymous', shiftId, headCount: 2, breakdown: { targetGroups: [{ targetGroupId: topic, count: 3 }] } },
      { kind: 'repeat', clientId: client, shiftId, initialSituation: { housing: 'street' } },
      { kind: 'repeat', clientId: client, shiftId, materials: [{ materialId: service, quantity: 1 }] },
      { kind: 'repeat', clientId: client, shiftId, materials: [{ materialId: condoms, quantity: -1 }] },
      {
        kind: 'repeat',
        clientId: client,
        shiftId,
        materials: [
          { materialId: condoms, quantity: 1 },
          { materialId: condoms, quantity: 2 },
        ],
      },
      { kind: 'repeat', clientId: client, shiftId, topicIds: [condoms] },
      { kind: 'repeat', clientId: client, shiftId, durationMinutes: 5000 },
      { kind: 'repeat', clientId: '01890000-0000-7000-8000-000000000000', shiftId },
      { kind: 'repeat', clientId: client },
      { kind: 'repeat', clientId: client, shiftId, followUp: { what: '', dueOn: today } },
      { kind: 'repeat', clientId: client, shiftId, colour: 'blue' },
    ];
    for (const body of bodies) {
      const res = await w.post('/api/contacts', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect([await count('contacts'), await count('contact_materials'), await count('stock_movements')]).toEqual(before);
  });

  it('keeps each role to its scope: own + team, own only, all, or none', async () => {
    const shiftId = await openShift();
    const client = await person('Scoped');
    const byWorker = (await w.post('/api/contacts', { kind: 'repeat', clientId: client, shiftId })).body.id;
    const byPeer = (await peer.post('/api/contacts', { kind: 'anonymous', shiftId, headCount: 1 })).body.id;
    const byVolunteer = await volunteer.post('/api/contacts', { kind: 'anonymous', channel: 'street', headCount: 2 });
    expect(byVolunteer.status).toBe(201);

    expect((await otherTeamWorker.get(`/api/shifts/${shiftId}`)).status).toBe(404);
    expect((await otherTeamWorker.get(`/api/contacts/${byWorker}`)).status).toBe(404);
    expect((await otherTeamWorker.post('/api/contacts', { kind: 'repeat', clientId: client, shiftId })).status).toBe(
      400,
    );
    expect((await w.get(`/api/contacts/${byPeer}`)).status).toBe(200);
    expect((await peer.get(`/api/contacts/${byWorker}`)).status).toBe(404);
    expect((await peer.get(`/api/contacts/${byPeer}`)).status).toBe(200);
    expect((await volunteer.get(`/api/contacts/${byPeer}`)).status).toBe(404);
    const volunteerList = (await volunteer.get('/api/contacts')).body.items.map((c: { id: string }) => c.id);
    expect(volunteerList).toEqual([byVolunteer.body.id]);
    expect((await counsellor.get(`/api/contacts/${byWorker}`)).status).toBe(200);
    for (const who of [reception, viewer]) {
      expect((await who.get(`/api/contacts/${byWorker}`)).status).toBe(403);
      expect((await who.post('/api/contacts', { kind: 'anonymous', channel: 'street', headCount: 1 })).status).toBe(
        403,
      );
    }
    expect(
      (
        await peer.post('/api/shifts', {
          teamId,
          date: today,
          plannedStart: '10:00',
          plannedEnd: '12:00',
          channel: 'party',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await otherTeamWorker.post('/api/shifts', {
          teamId,
          date: today,
          plannedStart: '10:00',
          plannedEnd: '12:00',
          channel: 'party',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await otherTeamWorker.post('/api/shifts', {
          teamId: otherTeamId,
          date: today,
          plannedStart: '10:00',
          plannedEnd: '12:00',
          channel: 'party',
        })
      ).status,
    ).toBe(201);
  });

  it('audits reading a person’s card as a read of that person', async () => {
    const shiftId = await openShift();
    const client = await person('Audited');
    const id = (await w.post('/api/contacts', { kind: 'repeat', clientId: client, shiftId, notes: 'private' })).body.id;
    await counsellor.get(`/api/contacts/${id}`);
    expect(
      await count('audit_events', `client_id = '${client}' AND action = 'client.read' AND entity_type = 'contact'`),
    ).toBe(1);
  });

  it('lists open and overdue follow-ups in scope, and ticks them off', async () => {
    const shiftId = await openShift();
    const client = await person('Follow me');
    const c = await w.post('/api/contacts', {
      kind: 'repeat',
      clientId: client,
      shiftId,
      followUp: { what: 'Call the clinic', dueOn: '2026-01-05' },
    });
    const overdue = (await w.get('/api/follow-ups?overdueOnly=true&pageSize=200')).body.items;
    expect(overdue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ contactId: c.body.id, pseudonym: 'Follow me', overdue: true }),
      ]),
    );
    expect(
      (await otherTeamWorker.get('/api/follow-ups')).body.items.map((f: { contactId: string }) => f.contactId),
    ).not.toContain(c.body.id);
    await w.patch(`/api/contacts/${c.body.id}`, { followUpDone: true });
    const open = async () =>
      (await w.get('/api/follow-ups?pageSize=200')).body.items.map((f: { contactId: string }) => f.contactId);
    expect(await open()).not.toContain(c.body.id);
    // Sending the same follow-up again (a form saving every field) keeps it done; a new one opens it.
    await w.patch(`/api/contacts/${c.body.id}`, { followUp: { what: 'Call the clinic', dueOn: '2026-01-05' } });
    expect(await open()).not.toContain(c.body.id);
    await w.patch(`/api/contacts/${c.body.id}`, { followUp: { what: 'Call the clinic again', dueOn: '2026-01-12' } });
    expect(await open()).toContain(c.body.id);
  });

  it('lists episodes with no contact for 90 days for exit review, and closes one with a reason', async () => {
    const client = await person('Gone quiet');
    const long = new Date(Date.now() - 120 * 86_400_000).toISOString();
    await w.post('/api/contacts', { kind: 'first', clientId: client, channel: 'street', teamId, occurredAt: long });
    const review = (await coordinator.get('/api/enrollments/exit-review?pageSize=200')).body.items;
    const item = review.find((e: { clientId: string }) => e.clientId === client);
    expect(item).toMatchObject({ pseudonym: 'Gone quiet', programme: 'outreach' });
    expect(item.daysWithoutActivity).toBeGreaterThanOrEqual(119);
    expect((await coordinator.patch(`/api/enrollments/${item.id}`, { exitOn: today })).status).toBe(400);
    expect((await coordinator.patch(`/api/enrollments/${item.id}`, { engagementOn: '2000-01-01' })).status).toBe(400);
    const closed = await coordinator.patch(`/api/enrollments/${item.id}`, { exitOn: today, exitReason: 'no_contact' });
    expect(closed.body).toMatchObject({ exitOn: today, exitReason: 'no_contact' });
    expect((await peer.patch(`/api/enrollments/${item.id}`, { exitOn: null })).status).toBe(403);
  });
});
