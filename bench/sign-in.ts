import fs from 'node:fs/promises';
import os from 'node:os';
import { verify } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { demoOrganisations } from '../server/src/demo/data';
import { hashPassword } from '../server/src/platform/auth/passwords';
import { type BenchResult, demoPassword, median, ms, onCleanup, range, sleep, startServer, tempDir } from './lib';

const connections = 32;
const seconds = 10;
const loadRuns = 3;
const verifyRuns = 50;
const probeRuns = 50;
const ratioTolerance = 0.1;

interface Pair {
  token: string;
  cookie: string;
}

const users = demoOrganisations.flatMap((o) => o.users.map((u) => `${u.emailLocal}@${o.emailDomain}`));

async function csrfPair(url: string): Promise<Pair> {
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
async function timedSignIn(url: string, pair: Pair, email: string, password: string, ip?: string) {
  const started = performance.now();
  const response = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', ...signInRequest(pair, email, password, ip) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function load(url: string, pool: Pair[], duration: number) {
  let n = 0;
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
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99, bad };
}

/** Argon2id verify alone, same parameters as the server (the hash comes from its `hashPassword`). */
async function verifyTimes(): Promise<number[]> {
  const hash = await hashPassword(demoPassword);
  for (let i = 0; i < 5; i++) await verify(hash, demoPassword);
  const times: number[] = [];
  for (let i = 0; i < verifyRuns; i++) {
    const started = performance.now();
    if (!(await verify(hash, demoPassword))) throw new Error('verify returned false');
    times.push(performance.now() - started);
  }
  return times;
}

export async function runSignIn(): Promise<BenchResult> {
  const cores = os.availableParallelism();
  const verifyMs = await verifyTimes();
  const tVerify = median(verifyMs);
  const ceiling = (cores * 1000) / tVerify;
  const latencyFloor = (connections / ceiling) * 1000; // Little's law at the ceiling

  const dir = await tempDir();
  const forgetDir = onCleanup(() => fs.rm(dir, { recursive: true, force: true }));
  const server = await startServer(dir, { KONTAKT_TRUST_PROXY: 'true' });
  try {
    const { url } = server;
    const pool: Pair[] = [];
    for (let i = 0; i < connections; i++) pool.push(await csrfPair(url));
    const pair = pool[0]!;

    // Warm-up: JIT, pools, the decoy hash (made on the first unknown email).
    for (let i = 0; i < 3; i++) {
      await timedSignIn(url, pair, `warmup-${i}@nobody.kontakt.test`, 'wrong password!', `10.250.0.${i + 1}`);
      await timedSignIn(url, pair, users[i]!, demoPassword);
    }
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await timedSignIn(url, pair, users[i % users.length]!, demoPassword);
      if (r.status !== 200) throw new Error(`sign-in returned ${r.status}`);
      single.push(r.ms);
    }

    // Privacy probe, interleaved: unknown emails vs known emails with a wrong password.
    // Each attempt from its own forwarded address (the 50-per-address limit is not hit);
    // known accounts rotate over all demo users, at most 3 failures each (limit: 5).
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < probeRuns; i++) {
      const a = await timedSignIn(url, pair, `nobody-${i}@demo.kontakt.test`, 'wrong password!', `10.251.${i}.1`);
      const b = await timedSignIn(url, pair, users[i % users.length]!, 'wrong password!', `10.252.${i}.1`);
      if (a.status !== 401 || b.status !== 401) throw new Error(`probe got ${a.status}/${b.status}, expected 401`);
      unknown.push(a.ms);
      known.push(b.ms);
    }

    await load(url, pool, 3); // warm-up under load, not counted
    const runs: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < loadRuns; i++) {
      await sleep(1000);
      const r = await load(url, pool, seconds);
      console.log(`  load ${i + 1}/${loadRuns}: ${r.rps.toFixed(1)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`);
      runs.push(r);
    }

    const rps = runs.map((r) => r.rps);
    const p50 = runs.map((r) => r.p50);
    const p99 = runs.map((r) => r.p99);
    const bad = runs.reduce((s, r) => s + r.bad, 0);
    const ratio = median(unknown) / median(known);
    const ratioOk = Math.abs(ratio - 1) <= ratioTolerance;
    const ofCeiling = (v: number) => `${Math.round((v / ceiling) * 100)} % of the Argon2 ceiling`;
    const runsLabel = `${loadRuns} × ${seconds} s`;
    const rows = [
      {
        what: `sign-in throughput, ${connections} concurrent clients`,
        median: `${median(rps).toFixed(1)} req/s (${Math.min(...rps).toFixed(1)} – ${Math.max(...rps).toFixed(1)})`,
        runs: runsLabel,
        budget: '— (none in spec)',
        comparedWith: `ceiling ${ceiling.toFixed(1)} req/s = ${cores} cores / ${ms(tVerify)} per verify`,
        verdict: `${ofCeiling(median(rps))}${bad ? `; ${bad} non-2xx/errors` : ''}`,
      },
      {
        what: `sign-in latency p50, ${connections} concurrent clients`,
        median: `${ms(median(p50))} (${range(p50)})`,
        runs: runsLabel,
        budget: '—',
        comparedWith: `${ms(latencyFloor)} = ${connections} / ceiling (Little's law)`,
        verdict: `${(median(p50) / latencyFloor).toFixed(2)} × floor`,
      },
      {
        what: `sign-in latency p99, ${connections} concurrent clients`,
        median: `${ms(median(p99))} (${range(p99)})`,
        runs: runsLabel,
        budget: '—',
        comparedWith: `${ms(latencyFloor)} (as above)`,
        verdict: `${(median(p99) / latencyFloor).toFixed(2)} × floor`,
      },
      {
        what: 'sign-in, one client, sequential',
        median: `${ms(median(single))} (${range(single)})`,
        runs: String(single.length),
        budget: '—',
        comparedWith: `Argon2id verify ${ms(tVerify)}`,
        verdict: `${ms(median(single) - tVerify)} beyond the hash`,
      },
      {
        what: 'Argon2id verify alone (m = 19 456 KiB, t = 2, p = 1)',
        median: `${ms(tVerify)} (${range(verifyMs)})`,
        runs: String(verifyRuns),
        budget: '—',
        comparedWith: '`verify` of @node-rs/argon2, in the bench process',
        verdict: 'floor',
      },
      {
        what: 'privacy: unknown email ÷ known email, wrong password',
        median: ratio.toFixed(3),
        runs: `${probeRuns} + ${probeRuns}`,
        budget: `≈ 1 (±${ratioTolerance})`,
        comparedWith: `unknown ${ms(median(unknown))} vs known ${ms(median(known))}`,
        verdict: ratioOk ? 'pass: no enumeration by timing' : 'FAIL: timing differs',
      },
    ];
    const notes = [
      `Server: \`tsx server/src/main.ts start\` on a fresh folder, KONTAKT_JOBS=off, LOG_LEVEL=warn, KONTAKT_TRUST_PROXY=true ` +
        '(only the privacy probe sends `X-Forwarded-For`, one address per attempt, so the per-address limit is not reached).',
      `Load: autocannon in the bench process (it shares the 2 cores with the server), ${connections} connections, ` +
        `successful sign-ins rotating over the ${users.length} demo users, CSRF cookie+token pairs pre-fetched ` +
        `(${connections}); 3 s warm-up; req/s = 2xx responses ÷ duration; latency percentiles from autocannon.`,
      'Ceiling: each sign-in costs one Argon2id verify on the libuv pool, so at most cores ÷ verify time sign-ins per ' +
        'second; anything else the request does comes on top.',
    ];
    return { title: 'Sign-in', rows, notes };
  } finally {
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
    forgetDir();
  }
}
