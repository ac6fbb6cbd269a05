import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * Referrals: a person sent to a partner's service with their consent to what
 * is shared; the partner's answer and the outcome with sealed feedback; the
 * overdue list; the period's figures without any person in them.
 */
let t: TestApp;
let coordinator: ApiClient;
let counsellor: ApiClient;
let outreach: ApiClient;
let reception: ApiClient;
let peer: ApiClient;
let otherOrg: ApiClient;
let person: string;
let treatment: string;
let legalAid: string;

const feedback = 'Started methadone on the 3rd; comes daily; asked for help with her ID card.';

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Referrals org');
  coordinator = await t.as(await t.user(org, ['coordinator']));
  counsellor = await t.as(await t.user(org, ['counsellor'], { disciplines: ['addiction'] }));
  outreach = await t.as(await t.user(org, ['outreach']));
  reception = await t.as(await t.user(org, ['reception']));
  peer = await t.as(await t.user(org, ['peer']));
  otherOrg = await t.as(await t.user(await t.organisation('Other org'), ['coordinator']));
  person = (await outreach.post('/api/clients', { pseudonym: 'Ewka' })).body.id;
  const clinic = (await coordinator.post('/api/partners', { name: 'Substitution programme' })).body.id;
  treatment = (
    await coordinator.post('/api/partner-services', {
      partnerId: clinic,
      name: 'Methadone treatment',
      serviceTypes: ['substitution_treatment'],
    })
  ).body.id;
  const lawyers = (await coordinator.post('/api/partners', { name: 'Legal clinic' })).body.id;
  legalAid = (
    await coordinator.post('/api/partner-services', {
      partnerId: lawyers,
      name: 'Legal advice',
      serviceTypes: ['legal_aid'],
    })
  ).body.id;
});
afterAll(() => t.close());

// The organisation's days (test organisations keep Warsaw's zone): an outcome is dated by them.
const warsawDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' });
const daysAgo = (n: number) => {
  const [y, m, d] = warsawDay.format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - n)).toISOString().slice(0, 10);
};
const today = () => daysAgo(0);

describe('referrals', () => {
  it('refers a person with their consent, follows the answer to the outcome, and seals the feedback', async () => {
    const made = await outreach.post('/api/referrals', {
      clientId: person,
      partnerServiceId: treatment,
      referredOn: daysAgo(10),
      accompanied: true,
      consentGiven: true,
      shared: ['pseudonym', 'phone'],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      status: 'sent',
      pseudonym: 'Ewka',
      serviceName: 'Methadone treatment',
      partnerName: 'Substitution programme',
      shared: ['pseudonym', 'phone'],
      expectedBy: daysAgo(-4),
      overdue: false,
    });
    // Outreach makes referrals but records no outcome; the counsellor does.
    expect((await outreach.post(`/api/referrals/${made.body.id}/status`, { status: 'accepted' })).status).toBe(403);
    expect((await counsellor.post(`/api/referrals/${made.body.id}/status`, { status: 'accepted' })).body.status).toBe(
      'accepted',
    );
    const done = await counsellor.post(`/api/referrals/${made.body.id}/status`, { status: 'completed', feedback });
    expect(done.body).toMatchObject({ status: 'completed', statusOn: today(), feedback });
    const stored = await t.db.ownerPool.query('SELECT feedback_enc FROM referrals WHERE id = $1', [made.body.id]);
    expect(stored.rows[0].feedback_enc).not.toContain('methadone');
    // An outcome is final.
    const back = await counsellor.post(`/api/referrals/${made.body.id}/status`, { status: 'sent' });
    expect(back.status).toBe(400);
    expect(Object.keys(back.body.error.fields)).toEqual(['status']);
    // On the person's page, as a read of the person.
    const list = await reception.get(`/api/clients/${person}/referrals`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(made.body.id);
    const reads = await t.db.ownerPool.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'client.read' AND client_id = $1 AND entity_type = 'referrals'`,
      [person],
    );
    expect(reads.rows[0].n).toBe(1);
  });

  it('lists open referrals past their expected answer as overdue', async () => {
    const late = await outreach.post('/api/referrals', {
      clientId: person,
      partnerServiceId: legalAid,
      referredOn: daysAgo(30),
      expectedBy: daysAgo(16),
    });
    expect(late.body.overdue).toBe(true);
    const overdue = await coordinator.get('/api/referrals?overdue=true');
    expect(overdue.body.items.map((r: { id: string }) => r.id)).toEqual([late.body.id]);
    expect((await coordinator.get('/api/referrals?status=open')).body.items.map((r: { id: string }) => r.id)).toContain(
      late.body.id,
    );
    await counsellor.post(`/api/referrals/${late.body.id}/status`, { status: 'no_show' });
    expect((await coordinator.get('/api/referrals?overdue=true')).body.items).toEqual([]);
  });

  it('counts a period by status, partner and reason, with the days to an outcome', async () => {
    const stats = await coordinator.get(`/api/referrals/statistics?from=${daysAgo(60)}&to=${today()}`);
    expect(stats.status).toBe(200);
    expect(stats.body.total).toBe(2);
    expect(stats.body.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'completed', count: 1 },
        { status: 'no_show', count: 1 },
        { status: 'sent', count: 0 },
      ]),
    );
    expect(stats.body.byPartner).toEqual([
      expect.objectContaining({ partnerName: 'Legal clinic', count: 1, completed: 0 }),
      expect.objectContaining({ partnerName: 'Substitution programme', count: 1, completed: 1 }),
    ]);
    // 10 days (made ten days ago, completed today) and 30 days (the no-show recorded today).
    expect(stats.body.daysToOutcome).toEqual({ median: 20, count: 2 });
    expect(JSON.stringify(stats.body)).not.toContain('Ewka');
  });

  it('makes a referral noted on a contact card real, once', async () => {
    const team = (await coordinator.post('/api/teams', { name: 'Street team', memberIds: [] })).body.id;
    const shift = (
      await coordinator.post('/api/shifts', {
        teamId: team,
        date: daysAgo(2),
        plannedStart: '18:00',
        plannedEnd: '22:00',
        channel: 'street',
      })
    ).body.id;
    const card = await coordinator.post('/api/contacts', {
      kind: 'repeat',
      clientId: person,
      shiftId: shift,
      referrals: [
        { partnerName: 'the methadone place on Zielona', note: 'wants to start next week' },
        { partnerName: 'lawyer' },
      ],
    });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    const noted = await outreach.get(`/api/clients/${person}/noted-referrals`);
    const fromCard = noted.body.items.filter((n: { contactId: string }) => n.contactId === card.body.id);
    // The worker sees the cards of their scope only: not this coordinator's card of another team.
    expect(fromCard).toEqual([]);
    const mine = await coordinator.get(`/api/clients/${person}/noted-referrals`);
    expect(mine.body.items.filter((n: { contactId: string }) => n.contactId === card.body.id)).toMatchObject([
      { notedIndex: 0, partnerName: 'the methadone place on Zielona', note: 'wants to start next week' },
      { notedIndex: 1, partnerName: 'lawyer' },
    ]);
    const real = {
      clientId: person,
      partnerServiceId: treatment,
      referredOn: daysAgo(2),
      source: 'contact',
      sourceId: card.body.id,
      notedIndex: 0,
    };
    expect((await coordinator.post('/api/referrals', real)).status).toBe(201);
    const left = (await coordinator.get(`/api/clients/${person}/noted-referrals`)).body.items;
    expect(
      left
        .filter((n: { contactId: string }) => n.contactId === card.body.id)
        .map((n: { notedIndex: number }) => n.notedIndex),
    ).toEqual([1]);
    const twice = await coordinator.post('/api/referrals', real);
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual({ notedIndex: expect.any(String) });
    expect((await coordinator.post('/api/referrals', { ...real, notedIndex: 5 })).status).toBe(400);
  });

  it('takes a referral made offline from the phone’s outbox, once', async () => {
    const deviceId = uuidv7();
    expect((await outreach.post('/api/devices', { id: deviceId, name: 'Field phone' })).status).toBe(201);
    const recordId = uuidv7();
    const op = {
      opId: uuidv7(),
      type: 'referral.create',
      recordId,
      payload: {
        clientId: person,
        partnerServiceId: legalAid,
        referredOn: today(),
        consentGiven: true,
        shared: ['pseudonym'],
      },
    };
    const pushed = await outreach.post('/api/sync/push', { deviceId, operations: [op] });
    expect(
      pushed.body.results.map((r: { outcome: string }) => r.outcome),
      JSON.stringify(pushed.body),
    ).toEqual(['applied']);
    expect((await coordinator.get(`/api/referrals/${recordId}`)).body).toMatchObject({
      status: 'sent',
      shared: ['pseudonym'],
    });
    // The answer lost and the batch sent again, or the same record in a new operation: still one referral.
    await outreach.post('/api/sync/push', { deviceId, operations: [op] });
    await outreach.post('/api/sync/push', { deviceId, operations: [{ ...op, opId: uuidv7() }] });
    const n = await t.db.ownerPool.query('SELECT count(*)::int AS n FROM referrals WHERE id = $1', [recordId]);
    expect(n.rows[0].n).toBe(1);
    // Without consent nothing may be shared, offline as online.
    const bad = await outreach.post('/api/sync/push', {
      deviceId,
      operations: [{ ...op, opId: uuidv7(), recordId: uuidv7(), payload: { ...op.payload, consentGiven: false } }],
    });
    expect(bad.body.results[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'validation_failed' } });
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const count = async () => (await t.db.ownerPool.query('SELECT count(*)::int AS n FROM referrals')).rows[0].n;
    const before = await count();
    const base = { clientId: person, partnerServiceId: treatment, referredOn: today() };
    const theirs = (await otherOrg.post('/api/partners', { name: 'Theirs' })).body.id;
    const theirService = (
      await otherOrg.post('/api/partner-services', { partnerId: theirs, name: 'Theirs', serviceTypes: ['legal_aid'] })
    ).body.id;
    for (const [body, field] of [
      [{ ...base, shared: ['name'] }, 'shared'],
      [{ ...base, shared: ['address'], consentGiven: true }, 'shared.0'],
      [{ ...base, partnerServiceId: theirService }, 'partnerServiceId'],
      [{ ...base, referredOn: '2026-02-30' }, 'referredOn'],
      [{ ...base, expectedBy: daysAgo(5) }, 'expectedBy'],
      [{ ...base, source: 'contact' }, 'sourceId'],
      [{ ...base, source: 'visit', sourceId: theirService }, 'sourceId'],
      [{ ...base, reasonId: treatment }, 'reasonId'],
    ] as const) {
      const res = await outreach.post('/api/referrals', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('keeps referrals from peers and from other organisations', async () => {
    expect((await peer.get(`/api/clients/${person}/referrals`)).status).toBe(403);
    expect(
      (await peer.post('/api/referrals', { clientId: person, partnerServiceId: treatment, referredOn: today() }))
        .status,
    ).toBe(403);
    expect((await otherOrg.get(`/api/clients/${person}/referrals`)).status).toBe(404);
    expect((await otherOrg.get('/api/referrals')).body.items).toEqual([]);
  });
});
