import Dexie, { type EntityTable } from 'dexie';
import type { SealedValue, VaultHeader } from './vault';

/**
 * The phone's store (IndexedDB through Dexie). What it keeps in clear is only
 * what carries nothing about a person: ids, entity kinds, operation types and
 * states, times, the device's own facts and the vault header. Every value —
 * a client's pseudonym, a contact card, a rejection's message — is sealed
 * with the vault key (vault.ts) under its place, `<table>:<key>`.
 */

/** The device as enrolled, and the lock's facts. */
export interface DeviceMeta {
  key: 'device';
  deviceId: string;
  /** The name the user gave it, as the server lists it. */
  name: string;
  userId: string;
  vault: VaultHeader;
  enrolledAt: string;
  /** The last time the server answered a sync: the offline age counts from it. */
  lastServerAt: string;
  /** The organisation's maximum offline age as the server last told it (age.ts); absent before the first sync. */
  maxOfflineDays?: number;
  autoLockMinutes: number;
  /**
   * The last hybrid-logical-clock stamp this phone gave an edit (hlcClock.ts), kept
   * so its stamps never go backwards, across reloads too. Absent until the first edit.
   */
  hlc?: string;
}

/** Where the change feed stands; the cursor is the server's, opaque and about no one. */
export interface FeedMeta {
  key: 'feed';
  cursor: string | null;
  complete: boolean;
}

export type Meta = DeviceMeta | FeedMeta;

/** One mirrored record: `place` is `records:<entity>:<id>`. */
export interface StoredRecord {
  place: string;
  entity: string;
  sealed: SealedValue;
}

export type OutboxState = 'pending' | 'rejected';

/** One offline write waiting for the server's answer. */
export interface StoredOperation {
  opId: string;
  /** The order of writing: operations are sent, and applied, in it. */
  seq: number;
  type: string;
  state: OutboxState;
  createdAt: string;
  /** `{ recordId, payload }` of the operation, and the reason once rejected. */
  sealed: SealedValue;
}

export class FieldDatabase extends Dexie {
  meta!: EntityTable<Meta, 'key'>;
  records!: EntityTable<StoredRecord, 'place'>;
  outbox!: EntityTable<StoredOperation, 'opId'>;

  constructor(name = 'kontakt-field') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      records: 'place, entity',
      outbox: 'opId, seq, state',
    });
  }
}

export const fieldDatabaseName = 'kontakt-field';
