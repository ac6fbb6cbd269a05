import type { ClientEditField } from '#core/schemas/sync';
import type { IndexedClient } from './clientIndex';
import { stampEdit } from './hlcClock';
import { outboxChanged, unlockedStore } from './state';
import type { FieldStore, OutboxEntry } from './store';
import { syncNow } from './sync';

/**
 * Offline edits of a person's profile fields on a field device (decision 012):
 * one `client.update` operation per save, each changed field with its value,
 * the edit's stamp (hlcClock.ts) and the stamp of the value the phone held
 * (`base`, null when it held none). The server merges it field by field: the
 * later stamp wins and the value that lost waits for a coordinator. The phone's
 * index shows the edit at once; the feed brings the merged result later.
 */

/** The stamps of the index's values, as the feed sends them. */
export type ClientStamps = Partial<Record<ClientEditField, string>>;

/** A person in the phone's index, with the stamps of the values it holds. */
export type StampedClient = IndexedClient & { stamps?: ClientStamps };

/** What a save may change. */
export interface ClientChanges {
  pseudonym?: string;
  targetGroupIds?: readonly string[];
  status?: 'active' | 'inactive' | 'closed';
}

type FieldValue = string | string[];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** The changes as they would be stored: a trimmed pseudonym, target groups once each. */
function normalised(changes: ClientChanges): Partial<Record<ClientEditField, FieldValue>> {
  const out: Partial<Record<ClientEditField, FieldValue>> = {};
  if (changes.pseudonym !== undefined) out.pseudonym = changes.pseudonym.trim();
  if (changes.targetGroupIds !== undefined) out.targetGroupIds = [...new Set(changes.targetGroupIds)];
  if (changes.status !== undefined) out.status = changes.status;
  return out;
}

/** The fields whose new value differs from the index's (an unchanged field is not sent: it could only conflict). */
export function changedFields(
  held: StampedClient | undefined,
  changes: ClientChanges,
): Partial<Record<ClientEditField, FieldValue>> {
  const wanted = normalised(changes);
  if (!held) return wanted;
  const out: Partial<Record<ClientEditField, FieldValue>> = {};
  for (const [field, value] of Object.entries(wanted) as [ClientEditField, FieldValue][]) {
    const now = held[field];
    const same = Array.isArray(value) ? sameSet(value, now as string[]) : value === now;
    if (!same) out[field] = value;
  }
  return out;
}

/** The stamps the edit replaces: what the index holds for each field, or null. */
export const basesOf = (held: StampedClient | undefined, fields: readonly ClientEditField[]) =>
  Object.fromEntries(fields.map((f) => [f, held?.stamps?.[f] ?? null])) as Partial<
    Record<ClientEditField, string | null>
  >;

/**
 * The operation's payload and the index record after the edit (its values, and
 * its stamps now the edit's), for fields already known to have changed.
 */
export function buildClientEdit(
  held: StampedClient | undefined,
  fields: Partial<Record<ClientEditField, FieldValue>>,
  hlc: string,
) {
  const names = Object.keys(fields) as ClientEditField[];
  const bases = basesOf(held, names);
  const payload = {
    fields: Object.fromEntries(names.map((f) => [f, { value: fields[f], hlc, base: bases[f] ?? null }])),
  };
  const record: StampedClient | undefined = held
    ? {
        ...held,
        ...(fields as Partial<IndexedClient>),
        stamps: { ...held.stamps, ...Object.fromEntries(names.map((f) => [f, hlc])) },
      }
    : undefined;
  return { payload, record };
}

/**
 * Queues a change of a person's profile: one `client.update` operation, sealed
 * on disk when this resolves; the index shows the new values at once, and a
 * sync starts if there is a connection. Resolves to null when nothing changed.
 */
export async function queueClientEdit(clientId: string, changes: ClientChanges): Promise<OutboxEntry | null> {
  const store: FieldStore | null = unlockedStore();
  if (!store) throw new Error('field store locked');
  const held = store.get<StampedClient>('client', clientId);
  const fields = changedFields(held, changes);
  const names = Object.keys(fields) as ClientEditField[];
  if (names.length === 0) return null;
  const hlc = await stampEdit(
    store,
    names.map((f) => held?.stamps?.[f] ?? null),
  );
  const { payload, record } = buildClientEdit(held, fields, hlc);
  const entry = await store.enqueue('client.update', clientId, payload);
  if (record) {
    const { id: _id, ...data } = record;
    await store.apply([{ entity: 'client', id: clientId, deleted: false, data }]);
  }
  outboxChanged();
  void syncNow();
  return entry;
}
