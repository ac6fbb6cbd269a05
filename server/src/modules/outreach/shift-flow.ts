import { sql } from 'kysely';
import type { ShiftStatus } from '#core/schemas/shifts';
import { recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import type { OutreachContext } from './context';
import { findShift, getShift } from './shifts';

/** Which status each step starts from (planned → open → submitted → approved | returned → submitted). */
const from: Record<'open' | 'submit' | 'approve' | 'return', readonly ShiftStatus[]> = {
  open: ['planned'],
  submit: ['open', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

async function step(tx: Tx, ctx: OutreachContext, id: string, name: keyof typeof from) {
  const row = await findShift(tx, ctx, id, 'update');
  if (!from[name].includes(row.status as ShiftStatus)) throw fieldError('status', 'validation.shift_transition');
  return row;
}

/** Starts the shift: its actual start is now unless already entered. */
export async function openShift(tx: Tx, ctx: OutreachContext, id: string) {
  await step(tx, ctx, id, 'open');
  await tx
    .updateTable('shifts')
    .set({
      status: 'open',
      actual_start: sql`COALESCE(actual_start, now())`,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, { action: 'shift.opened', entityType: 'shift', entityId: id });
  return getShift(tx, ctx, id);
}

/** Hands the work report to the coordinator; the actual end is now unless already entered. */
export async function submitShift(tx: Tx, ctx: OutreachContext, id: string) {
  const row = await step(tx, ctx, id, 'submit');
  if (!row.actual_start) throw fieldError('actualStart', 'validation.shift_times_missing');
  if (row.actual_end === null && new Date() <= row.actual_start)
    throw fieldError('actualEnd', 'validation.shift_times_missing');
  await tx
    .updateTable('shifts')
    .set({
      status: 'submitted',
      actual_end: sql`COALESCE(actual_end, now())`,
      submitted_at: sql`now()`,
      submitted_by: ctx.userId,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, { action: 'shift.submitted', entityType: 'shift', entityId: id });
  return getShift(tx, ctx, id);
}

/** The coordinator approves the report, or returns it with a comment for correction. */
export async function reviewShift(
  tx: Tx,
  ctx: OutreachContext,
  id: string,
  decision: { approve: true } | { approve: false; comment: string },
) {
  await step(tx, ctx, id, decision.approve ? 'approve' : 'return');
  await tx
    .updateTable('shifts')
    .set({
      status: decision.approve ? 'approved' : 'returned',
      review_comment: decision.approve ? null : decision.comment,
      reviewed_at: sql`now()`,
      reviewed_by: ctx.userId,
      updated_at: sql`now()`,
      updated_by: ctx.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(tx, ctx.actor, {
    action: decision.approve ? 'shift.approved' : 'shift.returned',
    entityType: 'shift',
    entityId: id,
  });
  return getShift(tx, ctx, id);
}
