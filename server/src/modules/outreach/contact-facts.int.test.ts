import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContactBody } from '#core/schemas/contacts';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import { withTenant } from '../../platform/db/tenancy';
import { readCardFacts } from './contact-facts';
import type { OutreachContext } from './context';

/** The one read that recording a card starts with: what it finds, and that it holds the shift. */
let t: TestApp;
let org: string;
let worker: TestUser;
let shiftId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Facts org');
  worker = await t.user(org, ['outreach']);
  const coordinator = await t.as(await t.user(org, ['coordinator']));
  const teamId = (await coordinator.post('/api/teams', { name: 'Street', memberIds: [worker.id] })).body.id;
  const planned = await coordinator.post('/api/shifts', {
    teamId,
    date: new Date().toISOString().slice(0, 10),
    plannedStart: '18:00',
    plannedEnd: '22:00',
    channel: 'street',
    memberIds: [worker.id],
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(201);
  shiftId = planned.body.id;
});
afterAll(() => t.close());

const ctx = (): OutreachContext => ({
  actor: { organisationId: org, userId: worker.id, sessionId: null, ip: null },
  userId: worker.id,
  scope: 'team',
  keyring: t.keyring,
});

describe('contact facts', () => {
  it('reads the shift for the card and holds it FOR SHARE until the card commits', async () => {
    const input = createContactBody.parse({ kind: 'anonymous', shiftId, headCount: 2 });
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let read!: () => void;
    const wasRead = new Promise<void>((r) => {
      read = r;
    });
    const recording = withTenant(t.db.app, { organisationId: org, userId: worker.id }, async (tx) => {
      const facts = await readCardFacts(tx, ctx(), [input]);
      expect(facts.shifts.get(shiftId)).toMatchObject({ status: 'planned', channel: 'street', member: true });
      read();
      await held;
    });
    await wasRead;
    // Submitting (which updates the shift) would have to wait for the card.
    await expect(
      t.db.ownerPool.query('SELECT id FROM shifts WHERE id = $1 FOR UPDATE NOWAIT', [shiftId]),
    ).rejects.toThrow(/could not obtain lock/);
    release();
    await recording;
    await expect(
      t.db.ownerPool.query('SELECT id FROM shifts WHERE id = $1 FOR UPDATE NOWAIT', [shiftId]),
    ).resolves.toBeTruthy();
  });
});
