import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/types';
import type { OutreachContext } from './context';

/**
 * Row filters for the scopes of core/permissions/scopes.ts, applied in SQL so
 * lists, counts and single reads agree. Records outside the scope are simply
 * not there (404), like another organisation's.
 */

/** Shifts: all; the user's teams' shifts and the ones they work on; or only the ones they work on. */
export function visibleShift(ctx: OutreachContext) {
  return (eb: ExpressionBuilder<Database, 'shifts'>) => {
    if (ctx.scope === 'all') return sql<boolean>`true`;
    const member = eb.exists(
      eb
        .selectFrom('shift_members as m')
        .select('m.user_id')
        .whereRef('m.shift_id', '=', 'shifts.id')
        .where('m.user_id', '=', ctx.userId),
    );
    if (ctx.scope === 'own') return member;
    return eb.or([
      member,
      eb('shifts.team_id', 'in', eb.selectFrom('team_members').select('team_id').where('user_id', '=', ctx.userId)),
    ]);
  };
}

/** Contacts: all; the user's own and their teams'; or only the ones they recorded. */
export function visibleContact(ctx: OutreachContext) {
  return (eb: ExpressionBuilder<Database, 'contacts'>) => {
    if (ctx.scope === 'all') return sql<boolean>`true`;
    const own = eb.or([eb('contacts.worker_id', '=', ctx.userId), eb('contacts.created_by', '=', ctx.userId)]);
    if (ctx.scope === 'own') return own;
    return eb.or([
      own,
      eb('contacts.team_id', 'in', eb.selectFrom('team_members').select('team_id').where('user_id', '=', ctx.userId)),
    ]);
  };
}
