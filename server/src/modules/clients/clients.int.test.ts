import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { rotateDataKey } from '../../platform/crypto/rotate';

let t: TestApp;
let org: string;
let orgB: string;
let outreach: ApiClient;
let peer: ApiClient;
let volunteer: ApiClient;
let viewer: ApiClient;
let coordinator: ApiClient;
let counsellor: ApiClient;
let outsider: ApiClient;
let outreachId: string;
let targetGroup: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('A');
  orgB = await t.organisation('B');
  const worker = await t.user(org, ['outreach']);
  outreachId = worker.id;
  outreach = await t.as(worker);
  peer = await t.as(await t.user(org, ['peer']));
  volunteer = await t.as(await t.user(org, ['volunteer']));
  viewer = await t.as(await t.user(org, ['viewer']));
  coordinator = await t.as(await t.user(org, ['coordinator']));
  counsellor = await t.as(await t.user(org, ['counsellor'], { disciplines: ['social'] }));
  outsider = await t.as(await t.user(orgB, ['coordinator']));
  targetGroup = (await coordinator.get('/api/catalogues/target_group')).body.items[0].id;
});
afterAll(() => t.close());

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return rows[0].n;
}

async function create(as: ApiClient, body: Record<string, unknown>) {
  const res = await as.post('/api/clients', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; pseudonym: string; codeKind: string | null; temporaryCode: string | null };
}

describe('creating and finding people', () => {
  it('stores a Czech ID kód only as a keyed hash and finds the person by it, however it is typed', async () => {
    const created = await create(outreach, {
      pseudonym: 'Luďka',
      code: 'LUD07TOM08',
      targetGroupIds: [targetGroup],
      gender: 'woman',
      languages: ['cs', 'PL'],
    });
    expect(created).toMatchObject({ pseudonym: 'Luďka', codeKind: 'full', temporaryCode: null });
    const { rows } = await t.db.ownerPool.query('SELECT * FROM clients WHERE id = $1', [created.id]);
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows[0])).not.toContain('LUD07TOM08');
    const found = await peer.post('/api/clients/search', { code: 'lud 07 tom-08' });
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([expect.objectContaining({ id: created.id, match: 'code' })]);
    // A look-up shows a summary only, whoever asks.
    expect(Object.keys(found.body.items[0]).sort()).toEqual(
      ['codeKind', 'id', 'match', 'pseudonym', 'status', 'targetGroupIds'].sort(),
    );
    expect(await count('audit_events', `action = 'client.created' AND client_id = '${created.id}'`)).toBe(1);
  });

  it('finds a pseudonym by a misspelling, without diacritics, or by a word inside it', async () => {
    const kasia = await create(outreach, { pseudonym: 'Kasia z Dworca Centralnego' });
    const lukasz = await create(outreach, { pseudonym: 'Łukasz' });
    const ids = async (q: string) =>
      (await volunteer.post('/api/clients/search', { q })).body.items.map((c: { id: string }) => c.id);
    expect(await ids('lukasz')).toContain(lukasz.id);
    expect(await ids('Lukas')).toContain(lukasz.id);
    expect(await ids('Łukaš')).toContain(lukasz.id);
    expect(await ids('kasia')).toContain(kasia.id);
    expect(await ids('dworca')).toContain(kasia.id);
    expect(await ids('zzzzqqq')).toEqual([]);
  });

  it('issues temporary codes in sequence, also under concurrent creation, and replaces one with a full code', async () => {
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) => create(peer, { pseudonym: `Temp ${i}`, temporaryCode: true })),
    );
    const codes = made.map((c) => c.temporaryCode);
    expect(new Set(codes).size).toBe(12);
    for (const c of codes) expect(c).toMatch(/^NCC\d{4}$/);
    const first = made[0]!;
    expect((await peer.post('/api/clients/search', { code: first.temporaryCode })).body.items[0].id).toBe(first.id);

    const replaced = await outreach.post(`/api/clients/${first.id}/code`, { code: 'MAR12JAN03' });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ codeKind: 'full', temporaryCode: null });
    expect((await peer.post('/api/clients/search', { code: 'MAR12JAN03' })).body.items[0].id).toBe(first.id);
    expect((await peer.post('/api/clients/search', { code: first.temporaryCode })).body.items).toEqual([]);
  });

  it('shows duplicates by code and by a similar pseudonym before creating', async () => {
    const existing = await create(outreach, { pseudonym: 'Bożena', code: 'ANN15BOZ04' });
    const byCode = await peer.post('/api/clients/duplicates', { pseudonym: 'Someone else', code: 'ANN15BOZ04' });
    expect(byCode.body.items[0]).toMatchObject({ id: existing.id, match: 'code' });
    const byName = await peer.post('/api/clients/duplicates', { pseudonym: 'Bozena' });
    expect(byName.body.items.map((c: { id: string }) => c.id)).toContain(existing.id);
  });

  it('keeps "missing for a reason" apart from "left empty"', async () => {
    const a = await create(outreach, {
      pseudonym: 'Age unknown',
      ageMissing: 'dont_know',
      genderMissing: 'prefers_not_to_answer',
    });
    const b = await create(outreach, { pseudonym: 'Age not asked' });
    const ra = (await outreach.get(`/api/clients/${a.id}`)).body;
    const rb = (await outreach.get(`/api/clients/${b.id}`)).body;
    expect(ra).toMatchObject({
      birthYear: null,
      ageBand: null,
      ageMissing: 'dont_know',
      gender: null,
      genderMissing: 'prefers_not_to_answer',
    });
    expect(rb).toMatchObject({ birthYear: null, ageBand: null, ageMissing: null, genderMissing: null });
    // Giving the answer later clears the reason.
    const edited = await outreach.patch(`/api/clients/${a.id}`, {
      ageBand: '25_34',
      gender: 'self_described',
      genderSelfDescribed: 'genderfluid',
    });
    expect(edited.body).toMatchObject({
      ageBand: '25_34',
      ageMissing: null,
      gender: 'self_described',
      genderMissing: null,
    });
  });

  it('refuses bad input with per-field messages and writes nothing', async () => {
    const foreignWorker = await t.user(orgB, ['outreach']);
    const before = await count('clients');
    const audit = await count('audit_events');
    const bodies: Record<string, unknown>[] = [
      {},
      { pseudonym: '' },
      { pseudonym: 'x'.repeat(101) },
      { pseudonym: 'X', code: 'NOT-A-CODE' },
      { pseudonym: 'X', code: 'NCC0001' },
      { pseudonym: 'X', code: 'LUD07TOM08', temporaryCode: true },
      { pseudonym: 'X', gender: 'woman', genderMissing: 'dont_know' },
      { pseudonym: 'X', birthYear: 1990, ageMissing: 'not_collected' },
      { pseudonym: 'X', birthYear: 3000 },
      { pseudonym: 'X', targetGroupIds: ['01890000-0000-7000-8000-000000000000'] },
      { pseudonym: 'X', assignedWorkerId: '01890000-0000-7000-8000-000000000000' },
      { pseudonym: 'X', languages: ['english!'] },
      { pseudonym: 'X', nickname: 'unknown field' },
    ];
    for (const body of bodies) {
      const res = await outreach.post('/api/clients', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields ?? {}).length, JSON.stringify(body)).toBeGreaterThan(0);
    }
    expect((await outreach.post('/api/clients', { pseudonym: 'X', assignedWorkerId: foreignWorker.id })).status).toBe(
      400,
    );
    expect(await count('clients')).toBe(before);
    expect(await count('audit_events')).toBe(audit);
  });

  it('answers in the user’s language', async () => {
    const pl = await t.as(await t.user(org, ['outreach']));
    await pl.patch('/api/me', { locale: 'pl' });
    const res = await pl.post('/api/clients', { pseudonym: 'X', code: 'bad' });
    expect(res.body.error.fields.code).toBe('To nie jest poprawny kod w schemacie używanym przez Twoją organizację.');
  });
});

describe('reading a record', () => {
  it('audits every read and shows who opened the record', async () => {
    const c = await create(outreach, { pseudonym: 'Read me', safeContact: 'only after 18:00, SMS' });
    const read = await counsellor.get(`/api/clients/${c.id}`);
    expect(read.status).toBe(200);
    expect(read.body.safeContact).toBe('only after 18:00, SMS');
    const { rows } = await t.db.ownerPool.query('SELECT safe_contact_enc FROM clients WHERE id = $1', [c.id]);
    expect(rows[0].safe_contact_enc).not.toContain('18:00');
    const log = (await coordinator.get(`/api/clients/${c.id}/access-log`)).body.items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['client.read', 'client.created']),
    );
    expect(log.find((e: { action: string }) => e.action === 'client.read').userName).toMatch(/User/);
  });

  it('lets look-up roles find and create but not open a record; viewers see no person at all', async () => {
    const c = await create(peer, { pseudonym: 'Peer made' });
    for (const who of [peer, volunteer, viewer]) expect((await who.get(`/api/clients/${c.id}`)).status).toBe(403);
    expect((await volunteer.post('/api/clients', { pseudonym: 'Nope' })).status).toBe(403);
    expect((await viewer.post('/api/clients/search', { q: 'Peer' })).status).toBe(403);
    expect((await peer.patch(`/api/clients/${c.id}`, { pseudonym: 'Changed' })).status).toBe(403);
  });

  it("never shows another organisation's people, by id, search or code", async () => {
    const c = await create(outreach, { pseudonym: 'Only in A', code: 'EVA01ADA02' });
    expect((await outsider.get(`/api/clients/${c.id}`)).status).toBe(404);
    expect((await outsider.post('/api/clients/search', { q: 'Only in A', code: 'EVA01ADA02' })).body.items).toEqual([]);
    expect((await outsider.patch(`/api/clients/${c.id}`, { pseudonym: 'Hijack' })).status).toBe(404);
    // The same code typed in B hashes differently: a copy of B's data cannot be matched to A's.
    const inB = await create(outsider, { pseudonym: 'Same code in B', code: 'EVA01ADA02' });
    const { rows } = await t.db.ownerPool.query('SELECT code_hash FROM clients WHERE id IN ($1, $2)', [c.id, inB.id]);
    expect(rows[0].code_hash).not.toBe(rows[1].code_hash);
  });

  it('lists clients with paging and a status filter', async () => {
    const c = await create(outreach, { pseudonym: 'Listed', assignedWorkerId: outreachId });
    await outreach.patch(`/api/clients/${c.id}`, { status: 'inactive' });
    const page = await outreach.get(`/api/clients?status=inactive&assignedWorkerId=${outreachId}&pageSize=5`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 5, total: 1 });
    expect(page.body.items[0]).toMatchObject({ id: c.id, assignedWorkerId: outreachId });
    expect(page.body.items[0]).not.toHaveProperty('safeContact');
    expect((await outreach.get('/api/clients?pageSize=0')).status).toBe(400);
  });
});

describe('the identity record', () => {
  it('opens only with a reason, for the roles allowed, flagged in the audit trail', async () => {
    const c = await create(outreach, { pseudonym: 'Has papers' });
    const identity = {
      legalName: 'Jana Nováková',
      dateOfBirth: '1990-05-01',
      documents: [{ type: 'id_card', number: 'AB123456' }],
    };
    expect(
      (await outreach.put(`/api/clients/${c.id}/identity`, { identity, reason: 'housing application' })).status,
    ).toBe(403);
    expect((await coordinator.put(`/api/clients/${c.id}/identity`, { identity, reason: 'no' })).status).toBe(400);
    const saved = await coordinator.put(`/api/clients/${c.id}/identity`, { identity, reason: 'housing application' });
    expect(saved.status).toBe(200);
    const { rows } = await t.db.ownerPool.query('SELECT data_enc FROM client_identities WHERE client_id = $1', [c.id]);
    expect(rows[0].data_enc).not.toContain('Nováková');
    expect(rows[0].data_enc).not.toContain('AB123456');

    expect((await outreach.post(`/api/clients/${c.id}/identity/open`, { reason: 'just looking' })).status).toBe(403);
    expect((await counsellor.post(`/api/clients/${c.id}/identity/open`, {})).status).toBe(400);
    const opened = await counsellor.post(`/api/clients/${c.id}/identity/open`, { reason: 'social benefit claim' });
    expect(opened.body.identity).toMatchObject({
      legalName: 'Jana Nováková',
      documents: [{ type: 'id_card', number: 'AB123456' }],
    });
    const flagged = await t.db.ownerPool.query(
      `SELECT reason FROM audit_events WHERE client_id = $1 AND flagged AND entity_type = 'client_identity' ORDER BY number`,
      [c.id],
    );
    expect(flagged.rows.map((r) => r.reason)).toEqual(['housing application', 'social benefit claim']);
    expect((await outreach.get(`/api/clients/${c.id}`)).body.hasIdentity).toBe(true);
  });
});

describe('key rotation', () => {
  it('re-encrypts safe-contact notes and identity records, which stay readable', async () => {
    const c = await create(outreach, { pseudonym: 'Rotated', safeContact: 'call the shelter first' });
    await coordinator.put(`/api/clients/${c.id}/identity`, {
      identity: { legalName: 'Olena Petrenko', documents: [] },
      reason: 'before rotation',
    });
    const { reencrypted } = await rotateDataKey(t.db.app, t.keyring, org);
    expect(reencrypted).toBeGreaterThanOrEqual(2);
    expect((await outreach.get(`/api/clients/${c.id}`)).body.safeContact).toBe('call the shelter first');
    const opened = await coordinator.post(`/api/clients/${c.id}/identity/open`, { reason: 'after rotation' });
    expect(opened.body.identity.legalName).toBe('Olena Petrenko');
  });
});

describe('consents', () => {
  it('records and withdraws consents per purpose', async () => {
    const c = await create(outreach, { pseudonym: 'Consenting' });
    expect(
      (
        await outreach.post(`/api/clients/${c.id}/consents`, {
          purpose: 'sharing_with_partner',
          givenOn: '2026-11-02',
          method: 'verbal',
        })
      ).status,
    ).toBe(400);
    const given = await outreach.post(`/api/clients/${c.id}/consents`, {
      purpose: 'sharing_with_partner',
      partnerName: 'MOPS Warszawa',
      givenOn: '2026-11-02',
      method: 'written',
    });
    expect(given.status).toBe(201);
    const url = `/api/clients/${c.id}/consents/${given.body.id}/withdraw`;
    expect((await outreach.post(url, { withdrawnOn: '2026-10-01' })).status).toBe(400);
    expect((await outreach.post(url, { withdrawnOn: '2026-11-20' })).body).toMatchObject({ withdrawnOn: '2026-11-20' });
    expect((await outreach.post(url, { withdrawnOn: '2026-11-21' })).status).toBe(400);
    const list = (await outreach.get(`/api/clients/${c.id}/consents`)).body.items;
    // Reading a person's consents is a read of that person.
    expect(
      await count(
        'audit_events',
        `client_id = '${c.id}' AND action = 'client.read' AND entity_type = 'client_consents'`,
      ),
    ).toBe(1);
    expect(list).toEqual([
      expect.objectContaining({ purpose: 'sharing_with_partner', givenOn: '2026-11-02', withdrawnOn: '2026-11-20' }),
    ]);
    expect(
      (await peer.post(`/api/clients/${c.id}/consents`, { purpose: 'photo', givenOn: '2026-11-02', method: 'verbal' }))
        .status,
    ).toBe(403);
  });
});

describe('merging duplicates', () => {
  it('moves every record of the duplicate, follows its code, and undoes exactly', async () => {
    const kept = await create(outreach, { pseudonym: 'Magda' });
    const dup = await create(peer, { pseudonym: 'Magda B.', code: 'ZOF22MAG11' });
    const consent = await outreach.post(`/api/clients/${dup.id}/consents`, {
      purpose: 'photo',
      givenOn: '2026-11-01',
      method: 'verbal',
    });
    expect((await outreach.post(`/api/clients/${kept.id}/merge`, { duplicateId: dup.id })).status).toBe(403);
    expect((await coordinator.post(`/api/clients/${kept.id}/merge`, { duplicateId: kept.id })).status).toBe(400);

    const merge = await coordinator.post(`/api/clients/${kept.id}/merge`, { duplicateId: dup.id });
    expect(merge.status).toBe(201);
    expect(merge.body).toMatchObject({ keptId: kept.id, mergedId: dup.id, movedRecords: 1, undoneAt: null });
    expect(
      (await outreach.get(`/api/clients/${kept.id}/consents`)).body.items.map((x: { id: string }) => x.id),
    ).toEqual([consent.body.id]);
    expect((await outreach.get(`/api/clients/${dup.id}`)).body).toMatchObject({
      status: 'merged',
      mergedIntoId: kept.id,
    });
    expect((await peer.post('/api/clients/search', { code: 'ZOF22MAG11' })).body.items[0].id).toBe(kept.id);
    expect((await coordinator.post(`/api/clients/${kept.id}/merge`, { duplicateId: dup.id })).status).toBe(400);

    const undone = await coordinator.post(`/api/client-merges/${merge.body.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.undoneAt).not.toBeNull();
    expect((await outreach.get(`/api/clients/${dup.id}/consents`)).body.items.map((x: { id: string }) => x.id)).toEqual(
      [consent.body.id],
    );
    expect((await outreach.get(`/api/clients/${dup.id}`)).body).toMatchObject({ status: 'active', mergedIntoId: null });
    expect((await coordinator.post(`/api/client-merges/${merge.body.id}/undo`)).status).toBe(400);
    expect((await outreach.get(`/api/clients/${kept.id}/merges`)).body.items).toHaveLength(1);
    const actions = await t.db.ownerPool.query(
      `SELECT action FROM audit_events WHERE client_id = $1 AND action LIKE 'client.merge%' ORDER BY number`,
      [kept.id],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(['client.merged', 'client.merge_undone']);
  });
});
