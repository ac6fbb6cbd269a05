import { sql } from 'kysely';
import type { AuditActor } from '../../platform/audit/record';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { AppError, notFound } from '../../platform/errors';
import './tables';

/** Who asks about devices: their own, or (admins) everyone's. */
export interface DeviceViewer {
  actor: AuditActor;
  userId: string;
  manager: boolean;
}

function present(r: {
  id: string;
  user_id: string;
  display_name: string | null;
  name: string;
  enrolled_at: Date;
  last_sync_at: Date | null;
  revoked_at: Date | null;
}) {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.display_name,
    name: r.name,
    enrolledAt: r.enrolled_at.toISOString(),
    lastSyncAt: r.last_sync_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

function selectDevices(tx: Tx) {
  return tx
    .selectFrom('devices as d')
    .leftJoin('users as u', (j) =>
      j.onRef('u.organisation_id', '=', 'd.organisation_id').onRef('u.id', '=', 'd.user_id'),
    )
    .select(['d.id', 'd.user_id', 'u.display_name', 'd.name', 'd.enrolled_at', 'd.last_sync_at', 'd.revoked_at']);
}

/**
 * Enrols the phone the user is on, under the id it made for itself. Enrolling
 * the same id again (a retry) answers the same device; a revoked id stays revoked.
 */
export async function enrolDevice(tx: Tx, viewer: DeviceViewer, input: { id: string; name: string }) {
  const existing = await tx.selectFrom('devices').select(['user_id']).where('id', '=', input.id).executeTakeFirst();
  if (existing && existing.user_id !== viewer.userId) throw new AppError('conflict');
  if (!existing) {
    await tx
      .insertInto('devices')
      .values({ organisation_id: viewer.actor.organisationId, id: input.id, user_id: viewer.userId, name: input.name })
      .execute();
    await recordAudit(tx, viewer.actor, { action: 'device.enrolled', entityType: 'device', entityId: input.id });
  }
  return {
    created: !existing,
    device: present(await selectDevices(tx).where('d.id', '=', input.id).executeTakeFirstOrThrow()),
  };
}

/** The user's devices; an admin's list is everyone's. Newest first. */
export async function listDevices(tx: Tx, viewer: DeviceViewer) {
  let q = selectDevices(tx);
  if (!viewer.manager) q = q.where('d.user_id', '=', viewer.userId);
  const rows = await q.orderBy('d.enrolled_at', 'desc').execute();
  return { items: rows.map(present) };
}

/** Revokes a device (its owner, or an admin): at its next sync it is told to wipe itself. */
export async function revokeDevice(tx: Tx, viewer: DeviceViewer, id: string) {
  let q = tx.selectFrom('devices').select(['id', 'revoked_at']).where('id', '=', id);
  if (!viewer.manager) q = q.where('user_id', '=', viewer.userId);
  const row = await q.forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (!row.revoked_at) {
    await tx
      .updateTable('devices')
      .set({ revoked_at: sql`now()`, revoked_by: viewer.userId })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, viewer.actor, { action: 'device.revoked', entityType: 'device', entityId: id });
  }
  return present(await selectDevices(tx).where('d.id', '=', id).executeTakeFirstOrThrow());
}
