import http from 'node:http';
import { random } from './generate/random';
import { percentile } from './latency';
import type { Run } from './record-contact-load';

/**
 * An open-loop load: requests arrive as a Poisson process at `rate` a second
 * (independent users, not a lock-step), whatever the server's speed. Each
 * latency is measured from the moment the request was due, so time spent
 * waiting for a free client counts (no coordinated omission).
 */
export async function openLoop(
  rate: number,
  seconds: number,
  send: (i: number) => Promise<boolean>,
  seed = 1,
): Promise<Run> {
  const rng = random(seed);
  const due: number[] = [];
  for (let t = 0; ; ) {
    t += (-Math.log(1 - rng.next()) / rate) * 1000;
    if (t >= seconds * 1000) break;
    due.push(t);
  }
  const latencies: number[] = [];
  let bad = 0;
  const start = performance.now();
  await Promise.all(
    due.map(async (at, i) => {
      const wait = start + at - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const ok = await send(i).catch(() => false);
      if (!ok) bad++;
      latencies.push(performance.now() - (start + at));
    }),
  );
  const wall = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    rps: ((latencies.length - bad) / wall) * 1000,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    bad,
  };
}

/**
 * POSTs over at most `clients` keep-alive connections (the concurrent clients); more requests wait for one.
 * The answers are counted by status (an error by its message).
 */
export function httpPoster(url: string, clients: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL(url);
  const statuses = new Map<string, number>();
  const tally = (s: string) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  return {
    statuses,
    post(path: string, headers: Record<string, string>, body: string): Promise<boolean> {
      return new Promise((resolve) => {
        const request = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path,
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              tally(String(response.statusCode));
              resolve((response.statusCode ?? 500) < 300);
            });
          },
        );
        request.on('error', (error) => {
          tally(error.message);
          resolve(false);
        });
        request.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
