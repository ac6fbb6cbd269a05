import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('HTTP surface', () => {
  it('sends the security headers of privacy-security.md', async () => {
    const res = await t.anonymous().get('/api/auth/session');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers /health once the database is reachable', async () => {
    const res = await t.anonymous().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document listing every API route', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    for (const rule of t.app.routeRules.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json')) {
      expect(documented, `${rule.method} ${rule.url}`).toContain(`${rule.method} ${rule.url}`);
    }
    const signIn = res.body.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('refuses non-JSON bodies with 415 and oversized bodies with 413', async () => {
    const c = t.anonymous();
    await c.refresh();
    const text = await c.request('POST', '/api/auth/sign-in', undefined, { 'content-type': 'text/plain' });
    expect([400, 415]).toContain(text.status);
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: {
        'content-type': 'application/json',
        cookie: `kontakt_csrf=${c.csrfToken}`,
        'x-csrf-token': c.csrfToken,
      },
      payload: JSON.stringify({ email: 'a@b.cz', password: 'x'.repeat(2_000_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });
});
