import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';
import { type OutreachContext, visibleContact } from '../outreach/index';
import './tables';

/**
 * The referrals noted on a person's contact cards (as far as the reader sees
 * those cards) that no referral has made real yet, newest first.
 */
export async function listNotedReferrals(tx: Tx, ctx: OutreachContext, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const cards = await tx
    .selectFrom('contacts')
    .select(['id', 'occurred_at', 'referrals'])
    .where('client_id', '=', clientId)
    .where(sql<boolean>`jsonb_array_length(referrals) > 0`)
    .where(visibleContact(ctx))
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
  const made = cards.length
    ? await tx
        .selectFrom('referrals')
        .select(['source_id', 'noted_index'])
        .where(
          'source_id',
          'in',
          cards.map((c) => c.id),
        )
        .where('noted_index', 'is not', null)
        .execute()
    : [];
  const done = new Set(made.map((r) => `${r.source_id}/${r.noted_index}`));
  return {
    items: cards.flatMap((c) =>
      c.referrals.flatMap((noted, index) =>
        done.has(`${c.id}/${index}`)
          ? []
          : [
              {
                contactId: c.id,
                notedIndex: index,
                occurredAt: c.occurred_at.toISOString(),
                reasonId: noted.reasonId ?? null,
                partnerName: noted.partnerName ?? null,
                note: noted.note ?? null,
              },
            ],
      ),
    ),
  };
}

/** A referral made from a noted line: the line must be on the card, and not made real before. */
export async function checkNoted(tx: Tx, contactId: string, index: number) {
  const row = await tx
    .selectFrom('contacts')
    .select(sql<number>`jsonb_array_length(referrals)`.as('n'))
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!row || index >= row.n) throw fieldError('notedIndex', 'validation.invalid');
  const done = await tx
    .selectFrom('referrals')
    .select('id')
    .where('source_id', '=', contactId)
    .where('noted_index', '=', index)
    .executeTakeFirst();
  if (done) throw fieldError('notedIndex', 'validation.noted_referral_done');
}
