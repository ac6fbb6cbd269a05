import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { withTenant } from '../../platform/db/tenancy';
import { refreshDueRollups, refreshOutreachRollups } from './rollup';
import { outreachStatistics, type StatisticsContext } from './statistics';

let t: TestApp;
let org: string;
let worker: TestUser;
let otherUser: TestUser;
let w: ApiClient;
let other: ApiClient;
let coordinator: ApiClient;
let teamA: string;
let teamB: string;
let areas: string[];
let groups: string[];
let materials: string[];
let people: string[];
const recorded: string[] = [];

// Deterministic pseudo-random choices, so a failure can be replayed.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const channels = ['street', 'club', 'online'] as const;

/** A contact at a random instant between two dates (UTC), recorded through the API. */
async function recordRandom(fromMs: number, toMs: number) {
  const as = random() < 0.7 ? w : other;
  const at = new Date(fromMs + random() * (toMs - fromMs));
  const kind = pick(['first', 'repeat', 'repeat', 'anonymous'] as const);
  const body: Record<string, unknown> = {
    kind,
    occurredAt: at.toISOString(),
    channel: pick(channels),
    teamId: pick([teamA, teamB, null]),
    areaId: pick([...areas, null]),
    materials: random() < 0.6 ? [{ materialId: pick(materials), quantity: 1 + Math.floor(random() * 9) }] : [],
  };
  if (kind === 'anonymous') {
    const heads = 1 + Math.floor(random() * 6);
    body.headCount = heads;
    body.breakdown = {
      women: heads,
      men: 0,
      targetGroups: random() < 0.6 ? [{ targetGroupId: pick(groups), count: heads }] : [],
    };
  } else body.clientId = pick(people);
  const res = await as.post('/api/contacts', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  recorded.push(res.body.id);
}

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const periods = [
  { from: '2025-11-01', to: '2025-12-31' }, // whole months
  { from: '2025-11-14', to: '2026-01-04' }, // ragged edges
  { from: '2025-12-01', to: '2025-12-01' }, // one day (a contact at 00:30 local belongs to it)
  { from: '2025-10-01', to: '2026-02-28' },
];
const groupings = ['none', 'area', 'channel', 'team', 'target_group'] as const;

function contexts(): [string, StatisticsContext][] {
  return [
    ['all', { userId: worker.id, scope: 'all', suppress: false }],
    ['team', { userId: worker.id, scope: 'team', suppress: false }],
    ['own', { userId: otherUser.id, scope: 'own', suppress: false }],
    ['viewer', { userId: worker.id, scope: 'all', suppress: true }],
  ];
}

const stats = (
  ctx: StatisticsContext,
  q: { from: string; to: string; groupBy: (typeof groupings)[number] },
  rollups = true,
) =>
  withTenant(t.db.app, { organisationId: org, userId: null }, (tx) => outreachStatistics(tx, org, ctx, q, { rollups }));

/** Every grouping, scope and period gives the same answer from the rollups as from the contacts alone. */
async function expectRollupsAgree() {
  for (const period of periods)
    for (const groupBy of groupings)
      for (const [name, ctx] of contexts()) {
        const q = { ...period, groupBy };
        expect(await stats(ctx, q), `${name} ${groupBy} ${period.from}–${period.to}`).toEqual(
          await stats(ctx, q, false),
        );
      }
}

const totals = async (groupBy: (typeof groupings)[number] = 'none') =>
  (await stats({ userId: worker.id, scope: 'all', suppress: false }, { ...periods[3]!, groupBy })).totals;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Rollups');
  worker = await t.user(org, ['outreach']);
  otherUser = await t.user(org, ['outreach']);
  w = await t.as(worker);
  other = await t.as(otherUser);
  coordinator = await t.as(await t.user(org, ['coordinator']));
  teamA = (await coordinator.post('/api/teams', { name: 'A', memberIds: [worker.id] })).body.id;
  teamB = (await coordinator.post('/api/teams', { name: 'B', memberIds: [otherUser.id] })).body.id;
  areas = [
    (await coordinator.post('/api/areas', { name: 'North' })).body.id,
    (await coordinator.post('/api/areas', { name: 'South' })).body.id,
  ];
  groups = (await coordinator.get('/api/catalogues/target_group')).body.items
    .slice(0, 3)
    .map((g: { id: string }) => g.id);
  materials = (await coordinator.get('/api/catalogues/material')).body.items
    .slice(0, 3)
    .map((m: { id: string }) => m.id);
  people = [];
  for (let i = 0; i < 6; i++) {
    const targetGroupIds = groups.filter(() => random() < 0.5);
    people.push((await w.post('/api/clients', { pseudonym: `P${i}`, targetGroupIds })).body.id);
  }
  // Person numbers on both sides of a bitmap chunk boundary (4096), as after years of folding.
  for (const [i, number] of [4095, 4096, 8200].entries())
    await t.db.ownerPool.query(
      'INSERT INTO outreach_person_numbers (organisation_id, client_id, number) VALUES ($1, $2, $3)',
      [org, people[i], number],
    );
  for (let i = 0; i < 70; i++) await recordRandom(day('2025-10-20'), day('2026-01-12'));
  // 00:30 on 1 December in Warsaw is still 30 November in UTC.
  const res = await w.post('/api/contacts', {
    kind: 'repeat',
    clientId: people[0],
    occurredAt: '2025-11-30T23:30:00Z',
    channel: 'street',
    teamId: teamA,
    materials: [{ materialId: materials[0], quantity: 2 }],
  });
  expect(res.status).toBe(201);
}, 60_000);
afterAll(() => t.close());

describe('outreach rollups', () => {
  it('answer every grouping, scope and period as the contacts do, before and after the first fold', async () => {
    await expectRollupsAgree(); // no rollups yet: all live
    expect(await refreshOutreachRollups(t.db.app, org)).toMatchObject({ mode: 'full' });
    const { rows } = await t.db.ownerPool.query(
      'SELECT count(*)::int AS n FROM outreach_dirty WHERE organisation_id = $1',
      [org],
    );
    expect(rows[0].n).toBe(0);
    await expectRollupsAgree();
    expect(await refreshOutreachRollups(t.db.app, org)).toEqual({ mode: 'none', days: 0, months: 0 });
  }, 60_000);

  it('are what is read for folded days (a row slipped past the triggers is not seen until a rebuild)', async () => {
    const ctx: StatisticsContext = { userId: worker.id, scope: 'all', suppress: false };
    const q = { ...periods[0]!, groupBy: 'none' as const };
    const before = await stats(ctx, q);
    const client = await t.db.ownerPool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(
        `INSERT INTO contacts (organisation_id, id, kind, occurred_at, channel, head_count)
         VALUES ($1, gen_random_uuid(), 'anonymous', '2025-11-20T12:00:00Z', 'street', 3)`,
        [org],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect((await stats(ctx, q)).totals.anonymousHeadCount).toBe(before.totals.anonymousHeadCount);
    expect((await stats(ctx, q, false)).totals.anonymousHeadCount).toBe((before.totals.anonymousHeadCount ?? 0) + 3);
    expect(await refreshOutreachRollups(t.db.app, org, { full: true })).toMatchObject({ mode: 'full' });
    expect((await stats(ctx, q)).totals.anonymousHeadCount).toBe((before.totals.anonymousHeadCount ?? 0) + 3);
  });

  it('count a contact the moment it is recorded, and fold it later', async () => {
    const before = await totals();
    for (let i = 0; i < 12; i++) await recordRandom(day('2025-11-01'), day('2026-01-31'));
    const after = await totals();
    expect(after.contacts).toBe((before.contacts ?? 0) + 12);
    await expectRollupsAgree();
    expect(await refreshOutreachRollups(t.db.app, org)).toMatchObject({ mode: 'days' });
    expect(await totals()).toEqual(after);
    await expectRollupsAgree();
  }, 60_000);

  it('lose nothing when contacts are recorded while folds run', async () => {
    const before = await totals();
    const writes = Array.from({ length: 16 }, (_, i) =>
      w.post('/api/contacts', {
        kind: i % 2 ? 'anonymous' : 'repeat',
        ...(i % 2 ? { headCount: 1 } : { clientId: people[i % people.length] }),
        occurredAt: `2025-12-${String(10 + (i % 6)).padStart(2, '0')}T18:00:00+01:00`,
        channel: 'street',
        teamId: teamA,
      }),
    );
    const folds = [refreshOutreachRollups(t.db.app, org), refreshOutreachRollups(t.db.app, org)];
    const [responses] = await Promise.all([Promise.all(writes), Promise.all(folds)]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect((await totals()).contacts).toBe((before.contacts ?? 0) + 16);
    await expectRollupsAgree();
    await refreshOutreachRollups(t.db.app, org);
    expect((await totals()).contacts).toBe((before.contacts ?? 0) + 16);
    await expectRollupsAgree();
  }, 60_000);

  it('forget a person whose only contact of a folded month moves away or whose groups change', async () => {
    const solo = (await w.post('/api/clients', { pseudonym: 'Solo', targetGroupIds: [groups[0]] })).body.id;
    const card = await w.post('/api/contacts', {
      kind: 'first',
      clientId: solo,
      occurredAt: '2025-12-15T12:00:00+01:00',
      channel: 'phone',
      teamId: teamA,
    });
    expect(card.status).toBe(201);
    await refreshOutreachRollups(t.db.app, org);
    const december = { from: '2025-12-01', to: '2025-12-31', groupBy: 'target_group' as const };
    const all: StatisticsContext = { userId: worker.id, scope: 'all', suppress: false };
    const before = await stats(all, december);
    const inGroup = (r: typeof before) => r.groups.find((g) => g.key === groups[0])?.uniquePeople ?? 0;
    expect((await w.patch(`/api/clients/${solo}`, { targetGroupIds: [groups[1]] })).status).toBe(200);
    expect(inGroup(await stats(all, december))).toBe(inGroup(before) - 1);
    await t.db.ownerPool.query("UPDATE contacts SET occurred_at = '2026-06-01T12:00:00Z' WHERE id = $1", [
      card.body.id,
    ]);
    const moved = await stats(all, december);
    expect(moved.totals.uniquePeople).toBe((before.totals.uniquePeople ?? 0) - 1);
    expect(moved.totals.newPeople).toBe((before.totals.newPeople ?? 0) - 1);
    await expectRollupsAgree();
    await refreshOutreachRollups(t.db.app, org);
    expect(await stats(all, december)).toEqual(moved);
  }, 60_000);

  it('follow a contact moved to another day or deleted, and a person whose target groups change', async () => {
    const id = recorded[3]!;
    await t.db.ownerPool.query(
      "UPDATE contacts SET occurred_at = occurred_at + interval '25 days', channel = 'phone' WHERE id = $1",
      [id],
    );
    await expectRollupsAgree();
    const before = await totals();
    const victim = recorded[5]!;
    const { rows } = await t.db.ownerPool.query(
      'SELECT kind, head_count FROM contacts WHERE id = $1 AND occurred_at >= $2 AND occurred_at < $3',
      [victim, '2025-09-30T22:00:00Z', '2026-02-28T23:00:00Z'],
    );
    await t.db.ownerPool.query('DELETE FROM stock_movements WHERE contact_id = $1', [victim]);
    await t.db.ownerPool.query('DELETE FROM contact_materials WHERE contact_id = $1', [victim]);
    await t.db.ownerPool.query('DELETE FROM contacts WHERE id = $1', [victim]);
    expect((await totals()).contacts).toBe((before.contacts ?? 0) - rows.length);
    await expectRollupsAgree();
    await refreshOutreachRollups(t.db.app, org);
    await expectRollupsAgree();

    // The person now belongs to exactly the groups they did not belong to.
    const person = (await w.get(`/api/clients/${people[1]}`)).body;
    const flipped = groups.filter((g) => !person.targetGroupIds.includes(g));
    expect((await w.patch(`/api/clients/${people[1]}`, { targetGroupIds: flipped })).status).toBe(200);
    await expectRollupsAgree();
    await refreshOutreachRollups(t.db.app, org);
    await expectRollupsAgree();
  }, 60_000);

  it('are rebuilt in the new time zone when the organisation moves, and read only then', async () => {
    await t.db.ownerPool.query("UPDATE organisations SET time_zone = 'America/New_York' WHERE id = $1", [org]);
    await expectRollupsAgree(); // the rollups are in Warsaw days: all live
    const due = await refreshDueRollups({ ownerPool: t.db.ownerPool, app: t.db.app, log: console as never });
    expect(due).toContainEqual(expect.objectContaining({ mode: 'full' }));
    const { rows } = await t.db.ownerPool.query(
      'SELECT time_zone FROM outreach_rollup_state WHERE organisation_id = $1',
      [org],
    );
    expect(rows).toEqual([{ time_zone: 'America/New_York' }]);
    await expectRollupsAgree();
    expect(await refreshDueRollups({ ownerPool: t.db.ownerPool, app: t.db.app, log: console as never })).toEqual([]);
  }, 60_000);

  it('counts through the API right after recording, with rollups folded (coordinator)', async () => {
    await refreshOutreachRollups(t.db.app, org);
    const path = '/api/outreach/statistics?from=2025-12-10&to=2025-12-10&groupBy=channel';
    const before = (await coordinator.get(path)).body;
    const res = await w.post('/api/contacts', {
      kind: 'anonymous',
      occurredAt: '2025-12-10T20:00:00-05:00',
      channel: 'online',
      teamId: teamA,
      headCount: 4,
    });
    expect(res.status).toBe(201);
    const after = (await coordinator.get(path)).body;
    expect(after.totals.contacts).toBe(before.totals.contacts + 1);
    expect(after.totals.anonymousHeadCount).toBe(before.totals.anonymousHeadCount + 4);
    const online = (b: { groups: { key: string; contacts: number }[] }) =>
      b.groups.find((g) => g.key === 'online')?.contacts ?? 0;
    expect(online(after)).toBe(online(before) + 1);
  });
});
