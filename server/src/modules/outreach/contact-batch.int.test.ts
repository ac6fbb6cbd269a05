import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContactBody } from '#core/schemas/contacts';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { withTenant } from '../../platform/db/tenancy';
import { recordContacts } from './contacts';
import type { OutreachContext } from './context';

/**
 * Recording many cards at once (a phone's outbox): each card checked on its
 * own, a refused one writing nothing, and the people's dates and episodes
 * written once per person however many of the cards name them.
 */
let t: TestApp;
let org: string;
let worker: TestUser;
let w: ApiClient;
let shiftId: string;
let condoms: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Batch org');
  worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  const coordinator = await t.as(await t.user(org, ['coordinator']));
  const teamId = (await coordinator.post('/api/teams', { name: 'Night', memberIds: [worker.id] })).body.id;
  const shift = await w.post('/api/shifts', {
    teamId,
    date: new Date().toISOString().slice(0, 10),
    plannedStart: '18:00',
    plannedEnd: '22:00',
    channel: 'street',
    memberIds: [worker.id],
  });
  shiftId = shift.body.id;
  expect((await w.post(`/api/shifts/${shiftId}/open`)).status).toBe(200);
  condoms = (await coordinator.get('/api/catalogues/material')).body.items[0].id;
});
afterAll(() => t.close());

const ctx = (userId = worker.id): OutreachContext => ({
  actor: { organisationId: org, userId, sessionId: null, ip: null },
  userId,
  scope: 'team',
  keyring: t.keyring,
});

const card = (payload: Record<string, unknown>) =>
  createContactBody.parse({
    id: uuidv7(),
    kind: 'repeat',
    shiftId,
    materials: [{ materialId: condoms, quantity: 2 }],
    ...payload,
  });

const record = (inputs: ReturnType<typeof card>[], userId = worker.id) =>
  withTenant(t.db.app, { organisationId: org, userId }, (tx) => recordContacts(tx, ctx(userId), inputs));

async function rows(sql: string, params: unknown[]) {
  return (await t.db.ownerPool.query(sql, params)).rows;
}

describe('recording cards in a batch', () => {
  it('refuses a bad card alone: it writes nothing, its neighbours are recorded with their items, stock and audit', async () => {
    const person = (await w.post('/api/clients', { pseudonym: 'Olga' })).body.id as string;
    const cards = [
      card({ clientId: person, notes: 'asked about the night shelter' }),
      card({ clientId: uuidv7() }),
      card({ kind: 'anonymous', headCount: 3 }),
      card({ clientId: person, materials: [{ materialId: uuidv7(), quantity: 1 }] }),
    ];
    const outcomes = await record(cards);
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'refused', 'created', 'refused']);
    const refused = outcomes.flatMap((o) => (o.status === 'refused' ? [o.error.fields] : []));
    expect(refused).toEqual([{ clientId: 'validation.invalid' }, { materials: 'validation.catalogue_unknown' }]);
    const ids = cards.map((c) => c.id);
    const written = await rows('SELECT id FROM contacts WHERE id = ANY($1)', [ids]);
    expect(written.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    const stock = await rows('SELECT contact_id, quantity FROM stock_movements WHERE contact_id = ANY($1)', [ids]);
    expect(stock.map((r) => [r.contact_id, r.quantity]).sort()).toEqual(
      [
        [ids[0], -2],
        [ids[2], -2],
      ].sort(),
    );
    const audited = await rows('SELECT entity_id, client_id FROM audit_events WHERE entity_id = ANY($1)', [ids]);
    expect(audited).toHaveLength(2);
    expect(audited.find((a) => a.entity_id === ids[0])?.client_id).toBe(person);
    // The note is sealed in the row and comes back in the answer.
    const first = outcomes[0];
    expect(first?.status === 'created' && first.contact.notes).toBe('asked about the night shelter');
    const [sealed] = await rows('SELECT notes_enc FROM contacts WHERE id = $1', [ids[0]]);
    expect(sealed.notes_enc).not.toContain('shelter');
  });

  it('writes each person’s dates and episode once, from the earliest to the latest of their cards', async () => {
    const person = (await w.post('/api/clients', { pseudonym: 'Bohdan' })).body.id as string;
    const days = ['2026-03-10', '2026-03-02', '2026-03-20'];
    const outcomes = await record(days.map((day) => card({ clientId: person, occurredAt: `${day}T12:00:00Z` })));
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created']);
    const [client] = await rows('SELECT first_contact_on::text AS first FROM clients WHERE id = $1', [person]);
    expect(client.first).toBe('2026-03-02');
    const episodes = await rows(
      `SELECT start_on::text AS start, last_activity_on::text AS last FROM enrollments
       WHERE client_id = $1 AND programme = 'outreach'`,
      [person],
    );
    expect(episodes).toEqual([{ start: '2026-03-02', last: '2026-03-20' }]);
    // A later batch moves the episode on, never back.
    await record([
      card({ clientId: person, occurredAt: '2026-03-25T12:00:00Z' }),
      card({ clientId: person, occurredAt: '2026-03-01T12:00:00Z' }),
    ]);
    const [moved] = await rows(
      `SELECT start_on::text AS start, last_activity_on::text AS last FROM enrollments
       WHERE client_id = $1 AND programme = 'outreach'`,
      [person],
    );
    expect(moved).toEqual({ start: '2026-03-01', last: '2026-03-25' });
  });

  it('answers an id sent twice in a batch, or again later, as a replay; another worker’s id is refused', async () => {
    const twice = card({ kind: 'anonymous', headCount: 1 });
    const outcomes = await record([twice, twice]);
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'replayed']);
    expect((await record([twice]))[0]?.status).toBe('replayed');
    const other = await t.user(org, ['outreach']);
    const theirs = await record([twice], other.id);
    expect(theirs[0]?.status === 'refused' && theirs[0].error.fields).toEqual({ id: 'validation.invalid' });
    expect(await rows('SELECT id FROM contacts WHERE id = $1', [twice.id])).toHaveLength(1);
    expect(await rows('SELECT id FROM stock_movements WHERE contact_id = $1', [twice.id])).toHaveLength(1);
  });
});
