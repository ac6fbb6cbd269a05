// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/render';
import { api, onAuthProblem, setCsrfToken, setLanguageSource, withQuery } from './client';
import { ApiError } from './errors';

type Call = [string, RequestInit];
let calls: Call[];

function stubFetch(...responses: Response[]) {
  calls = [];
  const queue = [...responses];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push([url, init]);
    const next = queue.shift();
    if (!next) throw new Error('unexpected request');
    return next;
  });
}
const header = (call: Call | undefined, name: string) =>
  call ? (call[1].headers as Record<string, string>)[name] : undefined;

beforeEach(() => {
  setCsrfToken(null);
  setLanguageSource(() => 'pl');
});
afterEach(() => {
  vi.unstubAllGlobals();
  onAuthProblem(null);
});

describe('api client', () => {
  it('keeps the CSRF token of the last session answer and sends it on writes only', async () => {
    stubFetch(
      jsonResponse(200, { authenticated: true, csrfToken: 'token-1' }),
      jsonResponse(200, { ok: true }),
      jsonResponse(200, { items: [] }),
    );
    await api.get('/api/auth/session');
    await api.patch('/api/me', { locale: 'cs' });
    await api.get('/api/sites');
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    expect(header(calls[1], 'X-CSRF-Token')).toBe('token-1');
    expect(header(calls[2], 'X-CSRF-Token')).toBeUndefined();
    expect(calls[1]?.[1]).toMatchObject({ method: 'PATCH', credentials: 'same-origin', body: '{"locale":"cs"}' });
  });

  it('asks for answers in the UI language', async () => {
    stubFetch(jsonResponse(200, {}));
    await api.get('/api/organisation');
    expect(header(calls[0], 'Accept-Language')).toBe('pl');
  });

  it('throws a typed ApiError with the code, message and field messages', async () => {
    stubFetch(
      jsonResponse(400, {
        error: { code: 'validation_failed', message: 'Popraw pola.', fields: { 'labels.pl': 'Pole wymagane.' } },
      }),
    );
    const error = await api.post('/api/catalogues/material', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Popraw pola.',
      fields: { 'labels.pl': 'Pole wymagane.' },
    });
  });

  it('turns a body that is not the error shape into a generic error, and a network failure into `network`', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 502, code: 'internal' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('reports a lost session (401) so the app can show sign-in, and forgets the token', async () => {
    const problems: string[] = [];
    onAuthProblem((kind) => problems.push(kind));
    setCsrfToken('old');
    stubFetch(jsonResponse(401, { error: { code: 'session_expired', message: 'x' } }), jsonResponse(200, {}));
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(problems).toEqual(['session_lost']);
    await api.post('/api/auth/sign-in', {});
    expect(header(calls[1], 'X-CSRF-Token')).toBeUndefined();
  });

  it('does not treat wrong credentials as a lost session', async () => {
    const problems: string[] = [];
    onAuthProblem((kind) => problems.push(kind));
    stubFetch(jsonResponse(401, { error: { code: 'invalid_credentials', message: 'x' } }));
    await expect(api.post('/api/auth/sign-in', {})).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(problems).toEqual([]);
  });

  it('refreshes a stale CSRF token once and retries the write', async () => {
    setCsrfToken('stale');
    stubFetch(
      jsonResponse(403, { error: { code: 'csrf_failed', message: 'x' } }),
      jsonResponse(200, { authenticated: true, csrfToken: 'fresh' }),
      jsonResponse(200, { ok: true }),
    );
    await expect(api.post('/api/auth/sign-out')).resolves.toEqual({ ok: true });
    expect(calls.map(([url, init]) => `${init.method} ${url} ${header([url, init], 'X-CSRF-Token') ?? '-'}`)).toEqual([
      'POST /api/auth/sign-out stale',
      'GET /api/auth/session -',
      'POST /api/auth/sign-out fresh',
    ]);
  });

  it('leaves empty query values out so the server applies its defaults', () => {
    expect(withQuery('/api/users', { q: '', role: undefined, page: 2, status: null })).toBe('/api/users?page=2');
    expect(withQuery('/api/users', { q: 'ana maria' })).toBe('/api/users?q=ana+maria');
  });
});
