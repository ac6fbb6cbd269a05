import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A browser-like API caller: keeps cookies and sends the CSRF header on writes. */
export class ApiClient {
  cookies = new Map<string, string>();
  csrfToken = '';
  constructor(
    private readonly app: FastifyInstance,
    readonly locale = 'en',
  ) {}

  private keepCookies(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** Sends a request; JSON bodies, cookies and CSRF handled like the web app does. */
  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.locale,
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    this.keepCookies(response);
    const json = response.headers['content-type']?.toString().includes('json') ? response.json() : undefined;
    if (json && typeof json === 'object' && 'csrfToken' in json && json.csrfToken)
      this.csrfToken = json.csrfToken as string;
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely; the server validates them.
    return { status: response.statusCode, body: json as any, headers: response.headers, raw: response };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Fetches the session state (and with it a CSRF token). */
  async refresh() {
    return this.get('/api/auth/session');
  }

  /** Signs in by email and password through the real API. */
  async signIn(email: string, password: string) {
    await this.refresh();
    return this.post('/api/auth/sign-in', { email, password });
  }
}
