import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * Logical backup format (gzip): a header line, then per table a JSON line
 * `{"table": name}` followed by its rows in PostgreSQL COPY text format and a
 * terminating `\.` line. COPY text escapes backslashes, so a data row can never
 * read `\.`. Secrets stay as they are in the database: encrypted fields stay
 * encrypted, and restoring needs the same master key.
 */
interface Header {
  format: 'kontakt-backup';
  version: 1;
  createdAt: string;
  migrations: number[];
  tables: string[];
}

/** Tables in an order where every foreign key points backwards (parents first). */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1",
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size) {
    const ready = [...pending].filter(
      (t) => !edges.some((e) => e.child === t && e.parent !== t && pending.has(e.parent)),
    );
    if (!ready.length) throw new Error('Circular foreign keys: cannot order tables for backup.');
    for (const t of ready.sort()) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/** Writes a consistent snapshot (one REPEATABLE READ transaction) of every table. */
export async function backupDatabase(client: pg.ClientBase, file: string): Promise<{ tables: number }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const tables = await tablesInDependencyOrder(client);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const out = new PassThrough();
    const done = pipeline(out, createGzip(), createWriteStream(file, { mode: 0o600 }));
    const header: Header = {
      format: 'kontakt-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: rows.map((r) => r.version),
      tables,
    };
    out.write(`${JSON.stringify(header)}\n`);
    for (const table of tables) {
      out.write(`${JSON.stringify({ table })}\n`);
      const stream = client.query(copyTo(`COPY ${client.escapeIdentifier(table)} TO STDOUT`));
      for await (const chunk of stream) if (!out.write(chunk)) await once(out, 'drain');
      out.write('\\.\n');
    }
    out.end();
    await done;
    await client.query('COMMIT');
    return { tables: tables.length };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Reads a backup's header (to check its migrations before restoring). */
export async function readBackupHeader(file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as Header;
    if (header.format !== 'kontakt-backup') throw new Error('This file is not a Kontakt backup.');
    return header;
  }
  throw new Error('The backup file is empty.');
}

/** Loads a backup into an empty, migrated database, in one transaction. */
export async function restoreDatabase(client: pg.ClientBase, file: string): Promise<{ tables: number }> {
  await client.query('BEGIN');
  // Rows come back exactly as they were: triggers that note new rows elsewhere
  // (audit events waiting to be sealed) must not add to what the file holds.
  await client.query("SET LOCAL kontakt.restoring = 'on'");
  let current: PassThrough | null = null;
  let finished: Promise<void> | null = null;
  try {
    // Created only now: readline emits lines as soon as it exists, and lines
    // emitted before the loop below starts iterating would be lost.
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let header: Header | null = null;
    let count = 0;
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as Header;
        continue;
      }
      if (current) {
        if (line === '\\.') {
          current.end();
          await finished;
          current = null;
          count++;
        } else if (!current.write(`${line}\n`)) await Promise.race([once(current, 'drain'), finished]);
        continue;
      }
      const { table } = JSON.parse(line) as { table: string };
      current = new PassThrough();
      const sink = client.query(copyFrom(`COPY ${client.escapeIdentifier(table)} FROM STDIN`));
      finished = pipeline(current, sink);
      finished.catch(() => undefined); // awaited above; a COPY error must not go unhandled meanwhile
    }
    // A file cut off between two tables ends cleanly: only the header's table list tells.
    if (current || !header || count !== header.tables.length) throw new Error('The backup file is truncated.');
    await advanceSequences(client);
    await client.query('COMMIT');
    return { tables: count };
  } catch (error) {
    // A COPY still open holds the connection: abort it (CopyFail) before rolling back.
    if (current) {
      current.destroy(error instanceof Error ? error : new Error(String(error)));
      await finished?.catch(() => undefined);
    }
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Moves every column-owned sequence past the restored rows, so new rows get fresh numbers. */
async function advanceSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.seqrelid::regclass::text AS seq, d.refobjid::regclass::text AS tbl, a.attname AS col
     FROM pg_sequence s
     JOIN pg_depend d ON d.objid = s.seqrelid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
     JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     JOIN pg_class c ON c.oid = d.refobjid AND c.relnamespace = 'public'::regnamespace`,
  );
  for (const r of rows) {
    await client.query(
      `SELECT setval($1::regclass, coalesce((SELECT max(${client.escapeIdentifier(r.col)}) FROM ${client.escapeIdentifier(r.tbl)}), 0) + 1, false)`,
      [r.seq],
    );
  }
}
