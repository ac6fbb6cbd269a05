import http from 'node:http';

/** A signed-in API caller over keep-alive HTTP/1.1 on 127.0.0.1, as light as the bench process can make it. */
export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: benchmarks read answers loosely; the server validates them.
  body: any;
}

/** One keep-alive pool for every session of a benchmark. */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function send(url: URL, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
    request.on('error', reject);
    request.end(payload);
  });
}

const cookieOf = (headers: http.IncomingHttpHeaders, name: string) =>
  (headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`))?.split(';')[0];

export class ApiSession {
  constructor(
    private readonly url: URL,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  /** Sends one request with the session cookie and CSRF header; resolves when the whole body is in. */
  async request(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-csrf-token': this.csrf };
    const r = await send(this.url, method, path, headers, body);
    return { status: r.status, body: r.text ? JSON.parse(r.text) : undefined };
  }
}

/** Signs in through the real API (CSRF pair, then password), refusing anything short of a full session. */
export async function signIn(base: string, email: string, password: string): Promise<ApiSession> {
  const url = new URL(base);
  const first = await send(url, 'GET', '/api/auth/session', {});
  const csrfCookie = cookieOf(first.headers, 'kontakt_csrf');
  const { csrfToken } = JSON.parse(first.text) as { csrfToken: string };
  if (!csrfCookie || !csrfToken) throw new Error('no CSRF cookie/token from /api/auth/session');
  const signedIn = await send(
    url,
    'POST',
    '/api/auth/sign-in',
    { cookie: csrfCookie, 'x-csrf-token': csrfToken },
    {
      email,
      password,
    },
  );
  const session = cookieOf(signedIn.headers, 'kontakt_session');
  const state = JSON.parse(signedIn.text) as { stage?: string; csrfToken?: string };
  if (signedIn.status !== 200 || !session || !state.csrfToken || state.stage !== 'full')
    throw new Error(`sign-in of ${email} gave ${signedIn.status} (stage ${state.stage ?? 'none'})`);
  return new ApiSession(url, session, state.csrfToken);
}
