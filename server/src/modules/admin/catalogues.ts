import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CatalogueItem, CatalogueKind, LocalizedText, materialUnits } from '#core/schemas/index';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';

type Unit = (typeof materialUnits)[number];
const columns = ['id', 'kind', 'key', 'labels', 'unit', 'active', 'sort_order'] as const;

const present = (r: {
  id: string;
  kind: string;
  key: string;
  labels: Record<string, string>;
  unit: string | null;
  active: boolean;
  sort_order: number;
}): CatalogueItem => ({
  id: r.id,
  kind: r.kind as CatalogueKind,
  key: r.key,
  labels: r.labels,
  unit: r.unit as Unit | null,
  active: r.active,
  sortOrder: r.sort_order,
});

/** Catalogue items, all kinds or one, in display order. */
export async function listCatalogue(tx: Tx, kind?: CatalogueKind) {
  let q = tx.selectFrom('catalogue_items').select(columns);
  if (kind) q = q.where('kind', '=', kind);
  const rows = await q.orderBy('kind').orderBy('sort_order').orderBy('key').execute();
  return { items: rows.map(present) };
}

async function getItem(tx: Tx, kind: CatalogueKind, id: string) {
  const row = await tx
    .selectFrom('catalogue_items')
    .select(columns)
    .where('id', '=', id)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row) throw notFound();
  return present(row);
}

/** Adds an item; units belong to materials only. */
export async function createCatalogueItem(
  tx: Tx,
  actor: AuditActor,
  kind: CatalogueKind,
  input: { key: string; labels: LocalizedText; unit: Unit | null; sortOrder: number },
) {
  if (kind === 'material' && !input.unit) throw fieldError('unit', 'validation.required');
  const taken = await tx
    .selectFrom('catalogue_items')
    .select('id')
    .where('kind', '=', kind)
    .where('key', '=', input.key)
    .executeTakeFirst();
  if (taken) throw fieldError('key', 'validation.code_taken');
  const id = uuidv7();
  await tx
    .insertInto('catalogue_items')
    .values({
      organisation_id: actor.organisationId,
      id,
      kind,
      key: input.key,
      labels: JSON.stringify(input.labels),
      unit: kind === 'material' ? input.unit : null,
      sort_order: input.sortOrder,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await recordAudit(tx, actor, {
    action: 'catalogue.created',
    entityType: 'catalogue_item',
    entityId: id,
    details: { kind },
  });
  return getItem(tx, kind, id);
}

/** Edits labels, unit, order or retires an item (never deleted: records point at it). */
export async function updateCatalogueItem(
  tx: Tx,
  actor: AuditActor,
  kind: CatalogueKind,
  id: string,
  input: { labels?: LocalizedText; unit?: Unit | null; active?: boolean; sortOrder?: number },
) {
  const current = await getItem(tx, kind, id);
  if (kind === 'material' && input.unit === null) throw fieldError('unit', 'validation.required');
  await tx
    .updateTable('catalogue_items')
    .set({
      ...(input.labels ? { labels: JSON.stringify({ ...current.labels, ...input.labels }) } : {}),
      ...(input.unit !== undefined && kind === 'material' ? { unit: input.unit } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'catalogue.updated',
    entityType: 'catalogue_item',
    entityId: id,
    details: { kind, fields: Object.keys(input) },
  });
  return getItem(tx, kind, id);
}
