import { v7 as uuidv7 } from 'uuid';
import type { DeviceMeta, FeedMeta, FieldDatabase, StoredOperation } from './db';
import { openRecord, sealRecord } from './vault';

/** A record as the change feed sends it (core/schemas/sync.ts `changesPage`). */
export interface FeedRecord {
  entity: string;
  id: string;
  deleted: boolean;
  data?: Record<string, unknown> | undefined;
}

/** Why the server refused an operation, in the user's language, kept for correction. */
export interface RejectionReason {
  code: string;
  message: string;
  fields?: Record<string, string> | undefined;
}

/** An outbox operation as the app sees it once unlocked. */
export interface OutboxEntry {
  opId: string;
  seq: number;
  type: string;
  state: StoredOperation['state'];
  createdAt: string;
  recordId: string;
  payload: Record<string, unknown>;
  reason?: RejectionReason | undefined;
}

type Sealed = Pick<OutboxEntry, 'recordId' | 'payload' | 'reason'>;

/** Copies the phone keeps of what the feed does not carry: the session (who is signed in) and the organisation's settings. */
export const localEntities = ['session', 'organisation'];

const recordPlace = (entity: string, id: string) => `records:${entity}:${id}`;
const opPlace = (opId: string) => `outbox:${opId}`;

/**
 * The unlocked store: the key, and what the store holds opened in memory, so
 * screens read it without waiting (ux.md: nothing blocks on the network or the
 * disk). Every write goes to IndexedDB sealed before memory changes, so what
 * the screen shows as saved is on disk.
 */
export class FieldStore {
  private constructor(
    readonly db: FieldDatabase,
    private readonly key: CryptoKey,
    readonly device: DeviceMeta,
    private readonly held: Map<string, Map<string, Record<string, unknown>>>,
    private ops: OutboxEntry[],
    private feed: FeedMeta,
  ) {}

  /** Opens every sealed record with the key (once per unlock). */
  static async open(db: FieldDatabase, key: CryptoKey, device: DeviceMeta): Promise<FieldStore> {
    const held = new Map<string, Map<string, Record<string, unknown>>>();
    const rows = await db.records.toArray();
    const opened = await Promise.all(rows.map((r) => openRecord<Record<string, unknown>>(key, r.place, r.sealed)));
    rows.forEach((r, i) => {
      const id = r.place.slice(`records:${r.entity}:`.length);
      if (!held.has(r.entity)) held.set(r.entity, new Map());
      held.get(r.entity)!.set(id, opened[i]!);
    });
    const stored = await db.outbox.orderBy('seq').toArray();
    const ops = await Promise.all(
      stored.map(async (op) => {
        const { recordId, payload, reason } = await openRecord<Sealed>(key, opPlace(op.opId), op.sealed);
        return {
          opId: op.opId,
          seq: op.seq,
          type: op.type,
          state: op.state,
          createdAt: op.createdAt,
          recordId,
          payload,
          reason,
        };
      }),
    );
    const feed = ((await db.meta.get('feed')) as FeedMeta | undefined) ?? {
      key: 'feed',
      cursor: null,
      complete: false,
    };
    return new FieldStore(db, key, device, held, ops, feed);
  }

  all<T>(entity: string): T[] {
    return [...(this.held.get(entity)?.entries() ?? [])].map(([id, data]) => ({ id, ...data }) as T);
  }

  get<T>(entity: string, id: string): T | undefined {
    const data = this.held.get(entity)?.get(id);
    return data ? ({ id, ...data } as T) : undefined;
  }

  /** Puts or drops records (from the feed, or made on the phone). */
  async apply(records: readonly FeedRecord[]): Promise<void> {
    const puts = await Promise.all(
      records
        .filter((r) => !r.deleted && r.data)
        .map(async (r) => ({
          place: recordPlace(r.entity, r.id),
          entity: r.entity,
          sealed: await sealRecord(this.key, recordPlace(r.entity, r.id), r.data),
        })),
    );
    const drops = records.filter((r) => r.deleted).map((r) => recordPlace(r.entity, r.id));
    await this.db.transaction('rw', this.db.records, async () => {
      if (puts.length) await this.db.records.bulkPut(puts);
      if (drops.length) await this.db.records.bulkDelete(drops);
    });
    for (const r of records) {
      if (!this.held.has(r.entity)) this.held.set(r.entity, new Map());
      const map = this.held.get(r.entity)!;
      if (r.deleted || !r.data) map.delete(r.id);
      else map.set(r.id, r.data);
    }
  }

  get cursor(): FeedMeta {
    return this.feed;
  }

  async setCursor(cursor: string | null, complete: boolean): Promise<void> {
    this.feed = { key: 'feed', cursor, complete };
    await this.db.meta.put(this.feed);
  }

  /** Forgets every record the feed sent (the server asked for a fresh download); the outbox stays. */
  async clearRecords(): Promise<void> {
    await this.db.records.where('entity').noneOf(localEntities).delete();
    for (const entity of [...this.held.keys()]) if (!localEntities.includes(entity)) this.held.delete(entity);
    await this.setCursor(null, false);
  }

  outbox(): readonly OutboxEntry[] {
    return this.ops;
  }

  /** Writes an operation to the outbox; it is on disk when this resolves. */
  async enqueue(type: string, recordId: string, payload: Record<string, unknown>): Promise<OutboxEntry> {
    const opId = uuidv7();
    const seq = (this.ops.at(-1)?.seq ?? 0) + 1;
    const entry: OutboxEntry = {
      opId,
      seq,
      type,
      state: 'pending',
      createdAt: new Date().toISOString(),
      recordId,
      payload,
    };
    await this.db.outbox.add({
      opId,
      seq,
      type,
      state: 'pending',
      createdAt: entry.createdAt,
      sealed: await sealRecord(this.key, opPlace(opId), { recordId, payload }),
    });
    this.ops = [...this.ops, entry];
    return entry;
  }

  /** The server's answers: applied ones leave the outbox, rejected ones stay with their reason. */
  async settle(done: readonly string[], rejected: ReadonlyMap<string, RejectionReason>): Promise<void> {
    const updates = await Promise.all(
      this.ops
        .filter((op) => rejected.has(op.opId))
        .map(async (op) => {
          const reason = rejected.get(op.opId);
          const sealed = await sealRecord(this.key, opPlace(op.opId), {
            recordId: op.recordId,
            payload: op.payload,
            reason,
          });
          return { key: op.opId, changes: { state: 'rejected' as const, sealed } };
        }),
    );
    await this.db.transaction('rw', this.db.outbox, async () => {
      if (done.length) await this.db.outbox.bulkDelete([...done]);
      if (updates.length) await this.db.outbox.bulkUpdate(updates);
    });
    const gone = new Set(done);
    this.ops = this.ops
      .filter((op) => !gone.has(op.opId))
      .map((op) => (rejected.has(op.opId) ? { ...op, state: 'rejected', reason: rejected.get(op.opId) } : op));
  }

  /** The user gives up a rejected operation, knowingly (it is never dropped on its own). */
  async discard(opId: string): Promise<void> {
    await this.db.outbox.delete(opId);
    this.ops = this.ops.filter((op) => op.opId !== opId);
  }

  /** Sends a rejected operation again as it is (after what refused it was put right elsewhere). */
  async retry(opId: string): Promise<void> {
    const op = this.ops.find((o) => o.opId === opId);
    if (!op) return;
    const sealed = await sealRecord(this.key, opPlace(opId), { recordId: op.recordId, payload: op.payload });
    await this.db.outbox.update(opId, { state: 'pending', sealed });
    this.ops = this.ops.map((o) => (o.opId === opId ? { ...o, state: 'pending', reason: undefined } : o));
  }

  async saveDevice(changes: Partial<Omit<DeviceMeta, 'key'>>): Promise<DeviceMeta> {
    Object.assign(this.device, changes);
    await this.db.meta.put(this.device);
    return this.device;
  }
}
