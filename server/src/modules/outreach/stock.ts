import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AuditActor } from '../../platform/audit/record';
import { recordAudit } from '../../platform/audit/record';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import { checkCatalogueItems } from './catalogue-check';

export interface Holder {
  teamId: string | null;
  siteId: string | null;
}

async function checkHolder(tx: Tx, holder: Holder) {
  const row = holder.teamId
    ? await tx.selectFrom('teams').select('id').where('id', '=', holder.teamId).executeTakeFirst()
    : await tx
        .selectFrom('sites')
        .select('id')
        .where('id', '=', holder.siteId ?? '')
        .executeTakeFirst();
  if (!row) throw fieldError(holder.teamId ? 'teamId' : 'siteId', 'validation.invalid');
}

const holderColumn = (holder: Holder) => (holder.teamId ? 'team_id' : 'site_id');
const holderId = (holder: Holder) => holder.teamId ?? holder.siteId ?? '';

/** Each material's balance (the sum of its movements) at a team or site, with its low-stock threshold. */
export async function stockBalances(tx: Tx, holder: { teamId?: string | undefined; siteId?: string | undefined }) {
  const h: Holder = { teamId: holder.teamId ?? null, siteId: holder.siteId ?? null };
  await checkHolder(tx, h);
  const sums = await tx
    .selectFrom('stock_movements')
    .select(['material_id', (eb) => eb.fn.sum<number>('quantity').as('balance')])
    .where(holderColumn(h), '=', holderId(h))
    .groupBy('material_id')
    .execute();
  const thresholds = await tx
    .selectFrom('stock_thresholds')
    .select(['material_id', 'threshold'])
    .where(holderColumn(h), '=', holderId(h))
    .execute();
  const materialIds = [...new Set([...sums.map((s) => s.material_id), ...thresholds.map((t) => t.material_id)])];
  const items = materialIds.map((materialId) => {
    const balance = Number(sums.find((s) => s.material_id === materialId)?.balance ?? 0);
    const threshold = thresholds.find((t) => t.material_id === materialId)?.threshold ?? null;
    return { materialId, ...h, balance, threshold, low: threshold !== null && balance <= threshold };
  });
  return { items };
}

/** Materials received, or a stock-take correction. */
export async function recordStockMovement(
  tx: Tx,
  actor: AuditActor,
  input: Holder & {
    materialId: string;
    kind: 'received' | 'adjustment';
    quantity: number;
    note?: string | null | undefined;
  },
) {
  await checkHolder(tx, input);
  await checkCatalogueItems(tx, 'material', [input.materialId], 'materialId');
  const row = await tx
    .insertInto('stock_movements')
    .values({
      organisation_id: actor.organisationId,
      id: uuidv7(),
      material_id: input.materialId,
      team_id: input.teamId,
      site_id: input.siteId,
      kind: input.kind,
      quantity: input.quantity,
      note: input.note ?? null,
      recorded_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, {
    action: 'stock.movement_recorded',
    entityType: 'stock_movement',
    entityId: row.id,
    details: { kind: input.kind, quantity: input.quantity },
  });
  return {
    id: row.id,
    materialId: row.material_id,
    teamId: row.team_id,
    siteId: row.site_id,
    kind: row.kind as 'received' | 'adjustment',
    quantity: row.quantity,
    contactId: row.contact_id,
    note: row.note,
    at: row.at.toISOString(),
    recordedBy: row.recorded_by,
  };
}

/** Sets the level at or below which a material counts as low at a team or site. */
export async function setStockThreshold(
  tx: Tx,
  actor: AuditActor,
  input: Holder & { materialId: string; threshold: number },
) {
  await checkHolder(tx, input);
  await checkCatalogueItems(tx, 'material', [input.materialId], 'materialId');
  // Serialise writers of the same material so the unique (material, holder) row is never raced.
  await tx.selectFrom('catalogue_items').select('id').where('id', '=', input.materialId).forUpdate().execute();
  const updated = await tx
    .updateTable('stock_thresholds')
    .set({ threshold: input.threshold })
    .where('material_id', '=', input.materialId)
    .where(holderColumn(input), '=', holderId(input))
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await tx
      .insertInto('stock_thresholds')
      .values({
        organisation_id: actor.organisationId,
        id: uuidv7(),
        material_id: input.materialId,
        team_id: input.teamId,
        site_id: input.siteId,
        threshold: input.threshold,
      })
      .execute();
  await recordAudit(tx, actor, { action: 'stock.threshold_set', entityType: 'material', entityId: input.materialId });
  return stockBalances(tx, { teamId: input.teamId ?? undefined, siteId: input.siteId ?? undefined });
}

/** The movements at a team or site, newest first, with who recorded each. */
export async function listStockMovements(
  tx: Tx,
  query: {
    page: number;
    pageSize: number;
    teamId?: string | undefined;
    siteId?: string | undefined;
    materialId?: string | undefined;
    kind?: 'received' | 'adjustment' | 'handed_out' | 'returned' | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
) {
  const h: Holder = { teamId: query.teamId ?? null, siteId: query.siteId ?? null };
  await checkHolder(tx, h);
  let base = tx.selectFrom('stock_movements as m').where(`m.${holderColumn(h)}`, '=', holderId(h));
  if (query.materialId) base = base.where('m.material_id', '=', query.materialId);
  if (query.kind) base = base.where('m.kind', '=', query.kind);
  if (query.from) base = base.where('m.at', '>=', sql<Date>`${query.from}::date`);
  if (query.to) base = base.where('m.at', '<', sql<Date>`${query.to}::date + 1`);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users as u', (j) =>
      j.onRef('u.organisation_id', '=', 'm.organisation_id').onRef('u.id', '=', 'm.recorded_by'),
    )
    .select([
      'm.id',
      'm.material_id',
      'm.team_id',
      'm.site_id',
      'm.kind',
      'm.quantity',
      'm.contact_id',
      'm.note',
      'm.at',
      'm.recorded_by',
      'u.display_name',
    ])
    .orderBy('m.at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  return pageResult(
    rows.map((r) => ({
      id: r.id,
      materialId: r.material_id,
      teamId: r.team_id,
      siteId: r.site_id,
      kind: r.kind as 'received' | 'adjustment' | 'handed_out' | 'returned',
      quantity: r.quantity,
      contactId: r.contact_id,
      note: r.note,
      at: r.at.toISOString(),
      recordedBy: r.recorded_by,
      recordedByName: r.display_name,
    })),
    total,
    query,
  );
}
