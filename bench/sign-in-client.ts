import autocannon from 'autocannon';
import { demoOrganisations } from '../server/src/demo/data';
import { treeCpu } from './cpu';
import { demoPassword } from './lib';

/** HTTP side of the sign-in benchmark: CSRF pairs, one timed sign-in, one autocannon run. */
export const connections = 32;

export interface Pair {
  token: string;
  cookie: string;
}

export const users = demoOrganisations.flatMap((o) => o.users.map((u) => `${u.emailLocal}@${o.emailDomain}`));

export async function csrfPair(url: string): Promise<Pair> {
  const response = await fetch(`${url}/api/auth/session`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kontakt_csrf='));
  if (!cookie || !body.csrfToken) throw new Error('no CSRF cookie/token from /api/auth/session');
  return { token: body.csrfToken, cookie: cookie.split(';')[0]! };
}

function signInRequest(pair: Pair, email: string, password: string, forwardedFor?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-csrf-token': pair.token,
    cookie: pair.cookie,
  };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return { headers, body: JSON.stringify({ email, password }) };
}

/** One sequential sign-in, timed as a client sees it. */
export async function timedSignIn(url: string, pair: Pair, email: string, password: string, ip?: string) {
  const started = performance.now();
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    ...signInRequest(pair, email, password, ip),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** One autocannon run; CPU per successful sign-in from /proc (server tree) and this process (autocannon). */
export async function load(url: string, serverPid: number, pool: Pair[], duration: number) {
  let n = 0;
  const cpu0 = await treeCpu(serverPid);
  const self0 = process.cpuUsage();
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/auth/sign-in',
        setupRequest: (request) => {
          n++;
          return { ...request, ...signInRequest(pool[n % pool.length]!, users[n % users.length]!, demoPassword) };
        },
      },
    ],
  });
  const cpu1 = await treeCpu(serverPid);
  const self = process.cpuUsage(self0);
  const ok = Math.max(1, result['2xx']);
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    node: (cpu1.node - cpu0.node) / ok,
    postgres: (cpu1.postgres - cpu0.postgres) / ok,
    bench: (self.user + self.system) / 1000 / ok,
  };
}
