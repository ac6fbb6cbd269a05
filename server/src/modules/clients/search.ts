import { sql } from 'kysely';
import { searchName } from '#core/clients/search-name';
import { limits } from '#core/limits';
import type { ClientSummary } from '#core/schemas/clients';
import type { Tx } from '../../platform/db/tenancy';
import { lookupHash } from './codes';
import type { ClientContext } from './context';
import { presentSummary, summaryColumns } from './presenters';

/** The client a merged record ended up in (merges can chain), or null if the trail is broken. */
async function followMerges(tx: Tx, id: string) {
  let current = id;
  for (let hop = 0; hop < 10; hop++) {
    const row = await tx
      .selectFrom('clients')
      .select([...summaryColumns, 'merged_into_id'])
      .where('id', '=', current)
      .executeTakeFirst();
    if (!row?.merged_into_id) return row ?? null;
    current = row.merged_into_id;
  }
  return null;
}

/**
 * Finds people by anonymous code (exact, via the keyed hash) and by pseudonym
 * (prefix, or trigram similarity of the whole or of a word, on the folded form),
 * best first: similarity, then last change. Code matches come first. A search shows summaries only, so it is not a read of a record.
 */
export async function searchClients(
  tx: Tx,
  ctx: ClientContext,
  input: { q?: string | undefined; code?: string | undefined; includeClosed: boolean },
): Promise<ClientSummary[]> {
  const hidden = input.includeClosed ? ['merged', 'anonymised'] : ['merged', 'anonymised', 'closed'];
  const out: ClientSummary[] = [];
  const seen = new Set<string>();
  if (input.code) {
    const hash = await lookupHash(ctx, input.code);
    if (hash) {
      const rows = await tx
        .selectFrom('clients')
        .select([...summaryColumns, 'merged_into_id'])
        .where('code_hash', '=', hash)
        .where(
          'status',
          'not in',
          hidden.filter((s) => s !== 'merged'),
        )
        .orderBy('updated_at', 'desc')
        .limit(limits.searchResultsMax)
        .execute();
      for (const r of rows) {
        // A duplicate merged away still carries its code: the person is found as the kept client.
        const found = r.merged_into_id ? await followMerges(tx, r.merged_into_id) : r;
        if (!found || seen.has(found.id) || hidden.includes(found.status)) continue;
        seen.add(found.id);
        out.push({ ...presentSummary(found), match: 'code' });
      }
    }
  }
  const term = input.q ? searchName(input.q) : '';
  if (term.length >= limits.searchMin) {
    // A prefix, similar as a whole (`%`, pg_trgm's default threshold 0.3) or similar to
    // a word inside (`<%`, "Kasia" in "Kasia z dworca"). Row-level security keeps
    // PostgreSQL from using a trigram index for these (decision 008), so the candidates
    // come from a definer function that filters by the organisation itself and returns
    // ids and scores only; the rows are read here by id, under row-level security.
    const rows = await tx
      .selectFrom(
        sql<{
          id: string;
          score: number;
        }>`kontakt_search_client_ids(${term}, ${input.includeClosed}, ${limits.searchResultsMax})`.as('candidates'),
      )
      .innerJoin('clients', 'clients.id', 'candidates.id')
      .select(summaryColumns.map((c) => `clients.${c}` as const))
      .where('clients.status', 'not in', hidden)
      .orderBy('candidates.score', 'desc')
      .orderBy('clients.updated_at', 'desc')
      .execute();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      out.push({ ...presentSummary(r), match: 'pseudonym' });
    }
  }
  return out.slice(0, limits.searchResultsMax);
}

/** "Is this person already here?": same code, or a pseudonym similar enough, among open records. */
export function findDuplicateCandidates(
  tx: Tx,
  ctx: ClientContext,
  input: { pseudonym: string; code?: string | undefined },
) {
  return searchClients(tx, ctx, { q: input.pseudonym, code: input.code, includeClosed: true });
}
