import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/** The change feed goes to phones over slow networks: compressed as the request accepts, plain otherwise. */
let t: TestApp;
let w: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Compressed org');
  w = await t.as(await t.user(org, ['outreach']));
  for (let i = 0; i < 30; i++) expect((await w.post('/api/clients', { pseudonym: `Person ${i}` })).status).toBe(201);
  await settled();
});
afterAll(() => t.close());

/**
 * Waits until no transaction older than the newest change is still running (the feed's horizon
 * is the whole cluster's, and other test files' transactions may be open for a moment), so every
 * request below reads the same whole feed.
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

/** A request as the phone's browser sends it, with the session; the body is left as it came. */
function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: [...w.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...headers },
  });
}

describe('compressed answers', () => {
  it('sends the feed gzip-compressed when asked, decoding to the same JSON; plain when not', async () => {
    const plain = await get('/api/sync/changes?limit=1000');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const page = plain.json();
    expect(page.records.length).toBeGreaterThan(30);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const gzipped = await get('/api/sync/changes?limit=1000', { 'accept-encoding': 'gzip' });
    expect(gzipped.statusCode).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/^application\/json/);
    expect(gzipped.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.rawPayload.length);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(zlib.gunzipSync(gzipped.rawPayload).toString())).toEqual(page);
  });

  it('prefers Brotli as browsers offer it, honours q=0, and sends identity when nothing it knows is accepted', async () => {
    const page = (await get('/api/sync/changes?limit=1000')).json();
    const br = await get('/api/sync/changes?limit=1000', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(page);
    const noBr = await get('/api/sync/changes?limit=1000', { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBr.headers['content-encoding']).toBe('gzip');
    const identity = await get('/api/sync/changes?limit=1000', { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json()).toEqual(page);
  });

  it('leaves small answers and the session answers (they carry the CSRF token) uncompressed', async () => {
    const small = await get('/api/devices', { 'accept-encoding': 'gzip, br' });
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    const session = await get('/api/auth/session', { 'accept-encoding': 'gzip, br' });
    expect(session.statusCode).toBe(200);
    expect(session.headers['content-encoding']).toBeUndefined();
    expect(session.json().csrfToken).toBeTruthy();
  });
});
