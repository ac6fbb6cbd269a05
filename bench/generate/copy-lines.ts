import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Streams text lines into a `COPY … FROM STDIN` statement, 5,000 lines a chunk. */
export async function copyLines(client: pg.PoolClient, statement: string, lines: Iterable<string>): Promise<void> {
  const stream = client.query(copyFrom(statement));
  async function* chunks() {
    let buf: string[] = [];
    for (const line of lines) {
      buf.push(line);
      if (buf.length >= 5000) {
        yield buf.join('');
        buf = [];
      }
    }
    if (buf.length) yield buf.join('');
  }
  await pipeline(Readable.from(chunks()), stream);
}
