import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchName } from '#core/clients/search-name';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { withTenant } from '../../platform/db/tenancy';

/**
 * The pseudonym search through `kontakt_search_client_ids` (migration 0007,
 * decision 008): a definer function, so it must do the organisation's filter
 * itself, and it must answer what the plain query under row-level security did.
 */
let t: TestApp;
let orgA: string;
let orgB: string;
let workerA: ApiClient;
let workerB: ApiClient;
/** Pseudonym → id, per organisation. */
const idsA = new Map<string, string>();
const idsB = new Map<string, string>();

const pseudonyms = [
  ...Array.from({ length: 30 }, (_, i) => `Kasia ${i + 1}`),
  'Kasia z Dworca',
  'Kaśka',
  'Katarzyna',
  'Karolina',
  'Karol',
  'Marek',
  'Marta',
  'Mariusz',
  'Mária',
  'Łukasz',
  'Лукаш',
  'Zofia od Wisły',
  'Zosia',
];
const closed = new Set(['Kasia 3', 'Marta']);
const anonymised = new Set(['Kasia 4']);
/** Merged into "Kasia 1". */
const merged = new Set(['Kasia 5']);

/** Rows written as the API writes them, one second apart, so "last change" orders them without ties. */
async function insertClients(org: string, ids: Map<string, string>) {
  const base = Date.parse('2026-01-01T00:00:00Z');
  const rows = pseudonyms.map((p, i) => ({ p, id: uuidv7(), at: new Date(base + i * 1000) }));
  for (const r of rows) ids.set(r.p, r.id);
  for (const r of rows) {
    const status = closed.has(r.p)
      ? 'closed'
      : anonymised.has(r.p)
        ? 'anonymised'
        : merged.has(r.p)
          ? 'merged'
          : 'active';
    await t.db.ownerPool.query(
      `INSERT INTO clients (organisation_id, id, pseudonym, search_name, status, merged_into_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [org, r.id, r.p, searchName(r.p), status, status === 'merged' ? ids.get('Kasia 1') : null, r.at],
    );
  }
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.organisation('A');
  orgB = await t.organisation('B');
  workerA = await t.as(await t.user(orgA, ['outreach']));
  workerB = await t.as(await t.user(orgB, ['outreach']));
  await insertClients(orgA, idsA);
  await insertClients(orgB, idsB);
});
afterAll(() => t.close());

/** The function as the application role, in a tenant transaction of `org`. */
function candidates(org: string, term: string, includeClosed = false, limit = 20) {
  return withTenant(t.db.app, { organisationId: org, userId: null }, async (tx) => {
    const { rows } = await sql<{
      id: string;
      score: number;
    }>`SELECT * FROM kontakt_search_client_ids(${term}, ${includeClosed}, ${limit})`.execute(tx);
    return rows;
  });
}

/** The search as it was before the function: one statement on `clients` under row-level security. */
function plainSearch(org: string, term: string, includeClosed: boolean) {
  const hidden = includeClosed ? ['merged', 'anonymised'] : ['merged', 'anonymised', 'closed'];
  return withTenant(t.db.app, { organisationId: org, userId: null }, async (tx) => {
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM clients
      WHERE (search_name LIKE ${`${term.replace(/[\\%_]/g, '\\$&')}%`} OR search_name % ${term} OR ${term} <% search_name)
        AND status <> ALL (${hidden})
      ORDER BY similarity(search_name, ${term}) DESC, updated_at DESC
      LIMIT 20`.execute(tx);
    return rows.map((r) => r.id);
  });
}

const search = async (as: ApiClient, q: string, includeClosed = false) => {
  const res = await as.post('/api/clients/search', { q, includeClosed });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { id: string; pseudonym: string; match: string }[];
};

describe('finding people by pseudonym through kontakt_search_client_ids', () => {
  it("never returns another organisation's clients, though both have the same pseudonyms", async () => {
    const idsOfB = new Set(idsB.values());
    for (const term of ['kasia', 'kas', 'ka', 'lukasz', 'zofia', 'mar']) {
      const inA = await candidates(orgA, term, true, 100);
      expect(inA.length, term).toBeGreaterThan(0);
      for (const row of inA) expect(idsOfB.has(row.id), term).toBe(false);
      for (const row of inA) expect([...idsA.values()]).toContain(row.id);
    }
    const fromB = await search(workerB, 'Kasia z Dworca');
    expect(fromB[0]).toMatchObject({ id: idsB.get('Kasia z Dworca'), match: 'pseudonym' });
    expect(fromB.map((c) => c.id).filter((id) => [...idsA.values()].includes(id))).toEqual([]);
  });

  it('returns nothing without an organisation, or with one that has no such people', async () => {
    // Outside a tenant transaction the setting is unset: kontakt_current_org() is NULL.
    const none = await sql`SELECT * FROM kontakt_search_client_ids('kasia', true, 100)`.execute(t.db.app);
    expect(none.rows).toEqual([]);
    const empty = await t.db.app.transaction().execute(async (tx) => {
      await sql`SELECT set_config('kontakt.organisation_id', '', true)`.execute(tx);
      return (await sql`SELECT * FROM kontakt_search_client_ids('kasia', true, 100)`.execute(tx)).rows;
    });
    expect(empty).toEqual([]);
    const orgC = await t.organisation('C');
    expect(await candidates(orgC, 'kasia', true, 100)).toEqual([]);
    expect(await candidates(orgA, '', true, 100)).toEqual([]);
  });

  it('gives ids and scores only, at most 100, and is a definer function with a fixed search path', async () => {
    const many = await candidates(orgA, 'kasia', true, 1000);
    expect(many.length).toBeGreaterThan(20);
    expect(many.length).toBeLessThanOrEqual(100);
    expect(Object.keys(many[0]!).sort()).toEqual(['id', 'score']);
    expect(await candidates(orgA, 'kasia', true, 3)).toHaveLength(3);
    expect(await candidates(orgA, 'kasia', true, -1)).toEqual([]);
    const { rows } = await t.db.ownerPool.query<{ definer: boolean; config: string[]; volatility: string }>(
      `SELECT prosecdef AS definer, proconfig AS config, provolatile AS volatility
       FROM pg_proc WHERE proname = 'kontakt_search_client_ids'`,
    );
    expect(rows).toEqual([{ definer: true, config: ['search_path=public, pg_temp'], volatility: 's' }]);
    const publicMay = await t.db.ownerPool.query<{ may: boolean }>(
      "SELECT has_function_privilege('public', 'kontakt_search_client_ids(text, boolean, integer)', 'EXECUTE') AS may",
    );
    expect(publicMay.rows[0]!.may).toBe(false);
  });

  it('answers the same people in the same order as the plain query under row-level security', async () => {
    const terms = [
      'kasia',
      'kas',
      'ka',
      'kasai',
      'kaska',
      'dworca',
      'katarzyna',
      'mar',
      'maria',
      'lukas',
      'zosia',
      'zzzz',
    ];
    for (const includeClosed of [false, true]) {
      for (const term of terms) {
        const expected = await plainSearch(orgA, searchName(term), includeClosed);
        const got = (await search(workerA, term, includeClosed)).map((c) => c.id);
        expect(got, `${term}, includeClosed ${includeClosed}`).toEqual(expected);
      }
    }
  });

  it('keeps the rules: at most 20, best first, namesakes by last change, no merged or anonymised records', async () => {
    const kasia = await search(workerA, 'kasia');
    expect(kasia).toHaveLength(20);
    const names = kasia.map((c) => c.pseudonym);
    // "Kasia 30" changed last among the equally similar "Kasia N".
    expect(names.indexOf('Kasia 30')).toBeLessThan(names.indexOf('Kasia 29'));
    expect(names).not.toContain('Kasia 3');
    const withClosed = (await search(workerA, 'marta', true)).map((c) => c.pseudonym);
    expect(withClosed[0]).toBe('Marta');
    expect((await search(workerA, 'marta')).map((c) => c.pseudonym)).not.toContain('Marta');
    const all = (await candidates(orgA, 'kasia', true, 100)).map((r) => r.id);
    expect(all).not.toContain(idsA.get('Kasia 4'));
    expect(all).not.toContain(idsA.get('Kasia 5'));
    expect(all).toContain(idsA.get('Kasia 1'));
    // Cyrillic folds to the same search name.
    expect(
      (await search(workerA, 'Лукаш'))
        .map((c) => c.pseudonym)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Łukasz', 'Лукаш']);
  });

  it('finds a client by its new pseudonym right after an edit', async () => {
    const id = idsA.get('Karol')!;
    const res = await workerA.patch(`/api/clients/${id}`, { pseudonym: 'Bartosz z parku' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await search(workerA, 'bartosz'))[0]?.id).toBe(id);
    expect((await search(workerA, 'karol')).map((c) => c.id)).not.toContain(id);
  });
});
