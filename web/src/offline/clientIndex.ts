import { searchName } from '#core/clients/search-name';
import type { clientStatuses } from '#core/schemas/clients';

/** A person as the phone's index holds them (the feed's `client` record): never identity, notes or codes. */
export interface IndexedClient {
  id: string;
  pseudonym: string;
  targetGroupIds: string[];
  status: (typeof clientStatuses)[number];
  lastActivityOn: string | null;
  /** Open follow-ups in the reader's scope, and the next due date (absent in records from before they were sent). */
  openFollowUps?: number;
  nextFollowUpOn?: string | null;
}

/** pg_trgm's trigrams of a word list: each word padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's `similarity`: shared trigrams over all trigrams of both. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

const closed = new Set<string>(['closed', 'merged', 'anonymised']);

/**
 * Finding a person offline the way the server does online: a name that begins
 * with or contains what was typed, or is spelled like it (trigram similarity
 * ≥ 0.3, pg_trgm's default), closest first.
 */
export function searchIndex(clients: readonly IndexedClient[], q: string, includeClosed = false, max = 20) {
  const wanted = searchName(q);
  if (!wanted) return [];
  const scored: { client: IndexedClient; score: number }[] = [];
  for (const client of clients) {
    if (!includeClosed && closed.has(client.status)) continue;
    const name = searchName(client.pseudonym);
    const score = name.startsWith(wanted) ? 2 : name.includes(wanted) ? 1.5 : similarity(name, wanted);
    if (score >= 0.3) scored.push({ client, score });
  }
  scored.sort((a, b) => b.score - a.score || a.client.pseudonym.localeCompare(b.client.pseudonym));
  return scored.slice(0, max).map((s) => s.client);
}
