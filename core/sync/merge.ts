import { compareHlc } from './hlc';

/**
 * Merge rules shared by the phone and the server (engineering.md, convention 6).
 *
 * - Append-only records (a contact card, a visit) are written once and never
 *   conflict: a second delivery of the same operation changes nothing.
 * - Editable records (a client) merge field by field: the edit with the latest
 *   HLC stamp wins. An edit made without having seen a value it replaces (its
 *   base is older than that value) is concurrent with it; the losing value then
 *   stays visible as a conflict entry for a coordinator.
 * - Deletion is a tombstone, never a removal.
 *
 * Every view is derived from the set of edits alone, so replicas that received
 * the same operations in any order, any number of times, agree exactly.
 */
export type FieldValue = string | number | boolean | null | readonly string[];

export interface FieldEdit {
  readonly value: FieldValue;
  /** The stamp of the edit. */
  readonly hlc: string;
  /** The stamp of the value its author saw when making it (null: they saw none). */
  readonly base: string | null;
}

export interface SyncOperation {
  readonly opId: string;
  readonly recordId: string;
  readonly kind: 'append' | 'edit' | 'delete';
  readonly hlc: string;
  /** `append`: the whole record; `edit`: the fields changed; `delete`: none. */
  readonly fields: Readonly<Record<string, FieldEdit>>;
}

interface RecordState {
  readonly appendOnly: boolean;
  /** Every edit of each field, keyed by its stamp. */
  readonly edits: Readonly<Record<string, Readonly<Record<string, FieldEdit>>>>;
  readonly tombstone: string | null;
}

export interface SyncState {
  readonly records: Readonly<Record<string, RecordState>>;
  readonly applied: ReadonlySet<string>;
}

export interface Conflict {
  readonly recordId: string;
  readonly field: string;
  /** The value that lost and when it was written. */
  readonly value: FieldValue;
  readonly hlc: string;
  /** The value that won. */
  readonly winner: FieldValue;
}

export const emptySyncState = (): SyncState => ({ records: {}, applied: new Set() });

const newer = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : compareHlc(a, b) >= 0 ? a : b);

/** Applies one operation. Pure; an operation already applied (same `opId`) changes nothing. */
export function applyOperation(state: SyncState, op: SyncOperation): SyncState {
  if (state.applied.has(op.opId)) return state;
  const applied = new Set(state.applied).add(op.opId);
  const current: RecordState = state.records[op.recordId] ?? {
    appendOnly: op.kind === 'append',
    edits: {},
    tombstone: null,
  };
  if (op.kind === 'delete') {
    return {
      applied,
      records: { ...state.records, [op.recordId]: { ...current, tombstone: newer(current.tombstone, op.hlc) } },
    };
  }
  // An append-only record is written once: a second write of it under another op id is ignored.
  if (op.kind === 'append' && Object.keys(current.edits).length > 0) return { ...state, applied };
  const edits: Record<string, Record<string, FieldEdit>> = { ...current.edits };
  for (const [field, edit] of Object.entries(op.fields)) edits[field] = { ...edits[field], [edit.hlc]: edit };
  return {
    applied,
    records: {
      ...state.records,
      [op.recordId]: { appendOnly: current.appendOnly || op.kind === 'append', edits, tombstone: current.tombstone },
    },
  };
}

export function applyAll(state: SyncState, ops: readonly SyncOperation[]): SyncState {
  return ops.reduce(applyOperation, state);
}

function winnerOf(edits: Readonly<Record<string, FieldEdit>>): FieldEdit | undefined {
  let best: FieldEdit | undefined;
  for (const e of Object.values(edits)) if (!best || compareHlc(e.hlc, best.hlc) > 0) best = e;
  return best;
}

/** A record's current values and whether it is deleted; undefined when unknown. */
export function recordView(state: SyncState, recordId: string) {
  const record = state.records[recordId];
  if (!record) return undefined;
  const values: Record<string, FieldValue> = {};
  for (const [field, edits] of Object.entries(record.edits)) {
    const winner = winnerOf(edits);
    if (winner) values[field] = winner.value;
  }
  return { values, deleted: record.tombstone !== null };
}

const same = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b);

/** Every conflict entry: values that lost to a write whose author had not seen them. */
export function conflicts(state: SyncState): Conflict[] {
  const out: Conflict[] = [];
  for (const [recordId, record] of Object.entries(state.records)) {
    if (record.appendOnly) continue;
    for (const [field, edits] of Object.entries(record.edits)) {
      const winner = winnerOf(edits);
      if (!winner) continue;
      for (const e of Object.values(edits)) {
        if (e === winner || same(e.value, winner.value)) continue;
        const unseen = winner.base === null || compareHlc(winner.base, e.hlc) < 0;
        if (unseen) out.push({ recordId, field, value: e.value, hlc: e.hlc, winner: winner.value });
      }
    }
  }
  return out.sort((a, b) => `${a.recordId}/${a.field}/${a.hlc}`.localeCompare(`${b.recordId}/${b.field}/${b.hlc}`));
}
