import type { z } from 'zod';
import type { ClientEditField, syncConflict } from '#core/schemas/sync';
import { parseHlc } from '#core/sync/hlc';
import type { FieldValue } from '#core/sync/merge';
import { type AuditActor, auditClientRead, recordAudit } from '../../platform/audit/record';
import { pageResult, pageWindow } from '../../platform/db/paging';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, notFound } from '../../platform/errors';
import { checkTargetGroups, lockOpenClient } from '../clients/index';
import { writeClientFields } from './client-edit';
import './client-edit-tables';

type SyncConflict = z.infer<typeof syncConflict>;
type ConflictValue = SyncConflict['currentValue'];

/** Who reads or resolves the inbox. */
export interface ConflictViewer {
  actor: AuditActor;
  userId: string;
}

function selectConflicts(tx: Tx) {
  return tx
    .selectFrom('sync_conflicts as k')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.organisation_id', '=', 'k.organisation_id').onRef('c.id', '=', 'k.client_id'),
    )
    .select([
      'k.id',
      'k.client_id',
      'k.field',
      'k.losing_value',
      'k.losing_hlc',
      'k.losing_user_id',
      'k.losing_device_id',
      'k.winning_value',
      'k.winning_hlc',
      'k.winning_user_id',
      'k.winning_device_id',
      'k.created_at',
      'k.resolved_at',
      'k.resolved_by',
      'k.resolution',
      'c.pseudonym',
      'c.target_group_ids',
      'c.status',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectConflicts>['execute']>>[number];

/** Names of the users and phones the rows mention, in two look-ups. */
async function namesFor(tx: Tx, rows: Row[]) {
  const userIds = new Set<string>();
  const deviceIds = new Set<string>();
  for (const r of rows) {
    for (const u of [r.losing_user_id, r.winning_user_id, r.resolved_by]) if (u) userIds.add(u);
    for (const d of [r.losing_device_id, r.winning_device_id]) if (d) deviceIds.add(d);
  }
  const users = userIds.size
    ? await tx
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...userIds])
        .execute()
    : [];
  const devices = deviceIds.size
    ? await tx
        .selectFrom('devices')
        .select(['id', 'name'])
        .where('id', 'in', [...deviceIds])
        .execute()
    : [];
  return {
    user: (id: string | null) => (id ? (users.find((u) => u.id === id)?.display_name ?? null) : null),
    device: (id: string | null) => (id ? (devices.find((d) => d.id === id)?.name ?? null) : null),
  };
}

const currentValueOf = (r: Row): ConflictValue =>
  (r.field as ClientEditField) === 'targetGroupIds'
    ? r.target_group_ids
    : r.field === 'status'
      ? r.status
      : r.pseudonym;

function present(r: Row, names: Awaited<ReturnType<typeof namesFor>>): SyncConflict {
  const side = (value: unknown, hlc: string, userId: string | null, deviceId: string | null) => ({
    value: value as ConflictValue,
    hlc,
    at: new Date(parseHlc(hlc).ms).toISOString(),
    userId,
    userName: names.user(userId),
    deviceId,
    deviceName: names.device(deviceId),
  });
  return {
    id: r.id,
    clientId: r.client_id,
    pseudonym: r.pseudonym,
    field: r.field as ClientEditField,
    currentValue: currentValueOf(r),
    winning: side(r.winning_value, r.winning_hlc, r.winning_user_id, r.winning_device_id),
    losing: side(r.losing_value, r.losing_hlc, r.losing_user_id, r.losing_device_id),
    createdAt: r.created_at.toISOString(),
    resolvedAt: r.resolved_at?.toISOString() ?? null,
    resolvedBy: r.resolved_by,
    resolvedByName: names.user(r.resolved_by),
    resolution: r.resolution,
  };
}

/**
 * A page of the conflict inbox: open entries newest first, or resolved ones most
 * recently resolved first. It shows pseudonyms and profile values, so each person
 * listed gets an audited read (as the contact list does).
 */
export async function listConflicts(
  tx: Tx,
  viewer: ConflictViewer,
  query: { page: number; pageSize: number; status: 'open' | 'resolved' },
) {
  const open = query.status === 'open';
  const base = selectConflicts(tx).where('k.resolved_at', open ? 'is' : 'is not', null);
  const { total } = await tx
    .selectFrom('sync_conflicts')
    .where('resolved_at', open ? 'is' : 'is not', null)
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy(open ? 'k.created_at' : 'k.resolved_at', 'desc')
    .orderBy('k.id', 'desc')
    .limit(pageWindow(query).limit)
    .offset(pageWindow(query).offset)
    .execute();
  for (const clientId of new Set(rows.map((r) => r.client_id)))
    await auditClientRead(tx, viewer.actor, clientId, { entityType: 'sync_conflicts' });
  const names = await namesFor(tx, rows);
  return pageResult(
    rows.map((r) => present(r, names)),
    total,
    query,
  );
}

/**
 * Settles a conflict entry: `current` keeps the client's value; `other` applies
 * the value that lost, as a new edit stamped by the server now (so phones that
 * still hold an older value see theirs as concurrent). An entry is resolved once;
 * a second answer is a 409.
 */
export async function resolveConflict(tx: Tx, viewer: ConflictViewer, id: string, keep: 'current' | 'other') {
  const row = await tx
    .selectFrom('sync_conflicts')
    .select(['id', 'client_id', 'field', 'losing_value', 'resolved_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.resolved_at) throw new AppError('conflict', { id: 'validation.conflict_resolved' });
  const field = row.field as ClientEditField;
  const resolution = keep === 'other' ? 'took_other' : 'kept';
  if (keep === 'other') {
    await lockOpenClient(tx, row.client_id);
    const value = row.losing_value as FieldValue;
    if (field === 'targetGroupIds') await checkTargetGroups(tx, value as string[]);
    await writeClientFields(tx, row.client_id, viewer.userId, { [field]: value }, false);
    await recordAudit(tx, viewer.actor, {
      action: 'client.updated',
      entityType: 'client',
      entityId: row.client_id,
      clientId: row.client_id,
      details: { fields: [field], via: 'sync_conflict' },
    });
  }
  await tx
    .updateTable('sync_conflicts')
    .set({ resolved_at: new Date(), resolved_by: viewer.userId, resolution })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, viewer.actor, {
    action: 'sync_conflict.resolved',
    entityType: 'sync_conflict',
    entityId: id,
    clientId: row.client_id,
    details: { field, resolution },
  });
  const updated = await selectConflicts(tx).where('k.id', '=', id).executeTakeFirstOrThrow();
  return present(updated, await namesFor(tx, [updated]));
}
