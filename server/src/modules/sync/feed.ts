import { sql } from 'kysely';
import type { FeedEntity } from '#core/schemas/sync';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import { type FeedReader, type FeedRecord, feedLoaders } from './feed-entities';
import './tables';

interface Cursor {
  xid: string;
  seq: number;
}

const start: Cursor = { xid: '0', seq: 0 };

function readCursor(value: string | undefined): Cursor {
  if (!value) return start;
  const match = /^(\d{1,20})\.(\d{1,19})$/.exec(value);
  if (!match) throw fieldError('cursor', 'validation.invalid');
  return { xid: match[1]!, seq: Number(match[2]) };
}

async function countChanges(tx: Tx, xmin: string): Promise<number> {
  const row = await tx
    .selectFrom('changes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<boolean>`xid < ${xmin}::xid8`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The changes after a cursor, oldest first (decision 011): only those written
 * by transactions older than every one still running, ordered by that
 * transaction, so a late commit always sorts after the cursor it missed. Each
 * change is sent as the record's current state in the reader's scope, once per
 * page however often it changed. A cursor from a restored or foreign database
 * (ahead of this one) answers `reset`: the phone downloads everything again.
 */
export async function readChanges(tx: Tx, reader: FeedReader, query: { cursor?: string | undefined; limit: number }) {
  const cursor = readCursor(query.cursor);
  const horizon = await sql<{ xmin: string; current: string }>`
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_current_xact_id()::text AS current`.execute(tx);
  const { xmin, current } = horizon.rows[0]!;
  if (BigInt(cursor.xid) > BigInt(current)) return { reset: true, cursor: null, more: false, records: [] };
  const rows = await tx
    .selectFrom('changes')
    .select([sql<string>`xid::text`.as('xid'), 'seq', 'entity', 'entity_id'])
    .where(sql<boolean>`(xid, seq) > (${cursor.xid}::xid8, ${cursor.seq}::bigint)`)
    .where(sql<boolean>`xid < ${xmin}::xid8`)
    .orderBy('xid')
    .orderBy('seq')
    .limit(query.limit + 1)
    .execute();
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const wanted = new Map<FeedEntity, Set<string>>();
  for (const r of page) {
    const entity = r.entity as FeedEntity;
    if (!wanted.has(entity)) wanted.set(entity, new Set());
    wanted.get(entity)!.add(r.entity_id);
  }
  const records: FeedRecord[] = [];
  for (const [entity, ids] of wanted) {
    const found = await feedLoaders[entity](tx, reader, [...ids]);
    for (const id of ids) {
      const data = found.get(id);
      records.push(data ? { entity, id, deleted: false, data } : { entity, id, deleted: true });
    }
  }
  return {
    reset: false,
    cursor: last ? `${last.xid}.${last.seq}` : (query.cursor ?? null),
    more,
    // A first download says how much there is, so the phone can show how far it is.
    ...(query.cursor ? {} : { total: more ? await countChanges(tx, xmin) : page.length }),
    records,
  };
}
