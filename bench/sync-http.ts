import http from 'node:http';
import zlib from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';

/**
 * HTTP for the sync benchmarks: one keep-alive connection, as a phone holds one,
 * and the bytes that really crossed it (headers, chunk framing and the body as
 * sent, compressed or not), read from the socket's counters.
 */
export interface WireAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it arrived (compressed when the server compressed it). */
  raw: Buffer;
  /** The body decoded per Content-Encoding. */
  text: string;
  /** Bytes read from the socket for this answer (status line, headers, body). */
  received: number;
  /** Bytes written to the socket for the request. */
  sent: number;
}

export class WireClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(
    base: string,
    private readonly headers: Record<string, string>,
  ) {
    this.url = new URL(base);
  }

  request(method: 'GET' | 'POST', path: string, body?: unknown, extra: Record<string, string> = {}) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise<WireAnswer>((resolve, reject) => {
      let socket: import('node:net').Socket | undefined;
      let readBefore = 0;
      let writtenBefore = 0;
      const request = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...this.headers,
            ...extra,
            ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('error', reject);
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            try {
              if (!socket) throw new Error('no socket');
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                raw,
                text: decode(raw, response.headers['content-encoding']),
                received: socket.bytesRead - readBefore,
                sent: socket.bytesWritten - writtenBefore,
              });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('socket', (s) => {
        socket = s;
        readBefore = s.bytesRead;
        writtenBefore = s.bytesWritten;
      });
      request.setTimeout(120_000, () => request.destroy(new Error(`${method} ${path}: no answer within 120 s`)));
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Decodes a body as a browser would, per its Content-Encoding. */
export function decode(raw: Buffer, encoding: string | undefined): string {
  if (!encoding || encoding === 'identity') return raw.toString();
  if (encoding === 'br') return zlib.brotliDecompressSync(raw).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(raw).toString();
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

/** Enrols a phone for the signed-in user through the API; returns its id. */
export async function enrolDevice(client: WireClient, name: string): Promise<string> {
  const id = uuidv7();
  const answer = await client.request('POST', '/api/devices', { id, name });
  if (answer.status !== 201) throw new Error(`POST /api/devices: ${answer.status} ${answer.text}`);
  return id;
}

/** Decimal units (1 MB = 1,000,000 bytes), so a budget in MB is not met by rounding. */
export const bytes = (n: number): string =>
  n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : n >= 1000 ? `${(n / 1000).toFixed(0)} kB` : `${n} B`;
