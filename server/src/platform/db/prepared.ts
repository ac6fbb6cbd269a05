import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * The most statements one connection keeps prepared. Kysely writes a new text
 * for every length of an `in (…)` list or a multi-row insert, so the set of
 * texts is open-ended; past the cap a connection runs new texts unnamed, as
 * before. The pool closes idle connections, which forgets their statements.
 */
export const preparedPerConnection = 200;

/** Texts longer than this are reports and rare writes: planned afresh each time. */
const longestPrepared = 4_000;

function nameOf(text: string): string {
  return `k${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}

/**
 * Runs the application's parameterised statements as named prepared
 * statements, one set per connection. PostgreSQL then parses, analyses and
 * applies row-level security to a text once per connection instead of on every
 * call, and after a few calls may keep a generic plan (decision 016). The
 * tenant is read by `kontakt_current_org()` when a statement runs, never
 * planned in, so a prepared statement serves every organisation correctly.
 */
export function preparedStatementPool(pool: pg.Pool, cap = preparedPerConnection): PostgresPool {
  const named = new WeakMap<pg.PoolClient, Set<string>>();
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloads (text or cursor) are passed through as they are.
    query: ((textOrCursor: any, values?: readonly unknown[]) => {
      if (typeof textOrCursor !== 'string' || !values || values.length === 0 || textOrCursor.length > longestPrepared)
        return client.query(textOrCursor, values as unknown[]);
      let names = named.get(client);
      if (!names) {
        names = new Set();
        named.set(client, names);
      }
      const name = nameOf(textOrCursor);
      if (!names.has(name)) {
        if (names.size >= cap) return client.query(textOrCursor, values as unknown[]);
        names.add(name);
      }
      return client.query({ name, text: textOrCursor, values: values as unknown[] });
    }) as unknown as PostgresPoolClient['query'],
    release: () => client.release(),
  });
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
