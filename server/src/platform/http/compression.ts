import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this a JSON answer is sent as it is: the headers and the CPU would cost more than the bytes saved. */
export const compressFromBytes = 1024;

/**
 * Quality 5 of 11: for the change feed's pages about 9 × smaller than plain JSON at a few
 * milliseconds a page; 11 (zlib's default) saves a fifth more but costs a hundred times the
 * CPU, on a server whose two cores also answer the phones.
 */
const brotliQuality = 5;

type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer in from `Accept-Encoding`: Brotli when it is accepted, else gzip,
 * else none. Weights of zero refuse an encoding; `*` stands for any encoding not named.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q) || 0);
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Sign-in and session answers carry the CSRF token. Compressing a secret together with text
 * an attacker chose lets the answer's size tell the secret apart (BREACH); the session cookie
 * is SameSite=Strict, so no other site's request carries it, but these answers are small and
 * gain nothing from compression anyway, so they are never compressed.
 */
const neverCompressed = (request: FastifyRequest) => request.url.startsWith('/api/auth/');

/**
 * Compresses JSON answers of at least `compressFromBytes` per the request's `Accept-Encoding`
 * (br, else gzip; node:zlib, off the event loop). Made for the change feed a phone downloads
 * over a slow network (offline-sync.md: "in pages, compressed"), and applied to every JSON
 * answer, as lists and reports are read on the same phones. Streams (the web app's files) pass
 * untouched. `Vary: Accept-Encoding` is set on every answer that could have been compressed.
 */
export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    const type = reply.getHeader('content-type');
    if (typeof type !== 'string' || !type.startsWith('application/json')) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < compressFromBytes || neverCompressed(request)) return payload;
    const vary = reply.getHeader('vary');
    if (!vary) reply.header('vary', 'accept-encoding');
    else if (!/accept-encoding/i.test(String(vary))) reply.header('vary', `${vary}, accept-encoding`);
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const compressed =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzip(body);
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}
