import { searchName } from '../core/clients/search-name';
import { buildCzechIdKod } from '../core/codes/index';
import type { ClientSample } from './generate/clients';
import { makePerson, misspell } from './generate/names';
import { type Random, random } from './generate/random';

/**
 * What the client-search benchmark asks, prepared before any timing: look-ups
 * a worker would type (a code in any spacing or case, a pseudonym with a typing
 * mistake, the first letters of one), new people and changes to existing ones.
 */
export interface SearchInput {
  body: { q?: string; code?: string };
  /** The client the query was made from, if the answer should contain it. */
  expect: string | null;
}

export interface CreateInput {
  pseudonym: string;
  code?: string;
  temporaryCode?: boolean;
  gender: 'woman' | 'man' | 'non_binary';
  birthYear: number;
  languages: string[];
  targetGroupIds: string[];
}

export interface EditInput {
  id: string;
  body: { pseudonym: string; birthYear: number; languages: string[] };
}

export interface Inputs {
  code: SearchInput[];
  typo: SearchInput[];
  prefix: SearchInput[];
  prefix2: SearchInput[];
  read: string[];
  create: CreateInput[];
  edit: EditInput[];
}

/** A code as a worker types it: as printed, lower case, or in groups with spaces or dashes. */
function typed(rng: Random, code: string): string {
  const groups = /^[A-Z]{3}\d{2}[A-Z]{3}\d{2}$/.test(code)
    ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 8), code.slice(8)]
    : (code.match(/.{1,4}/g) ?? [code]);
  switch (rng.weighted({ plain: 60, lower: 20, spaced: 12, dashed: 8 })) {
    case 'lower':
      return code.toLowerCase();
    case 'spaced':
      return groups.join(' ').toLowerCase();
    case 'dashed':
      return groups.join('-');
    default:
      return code;
  }
}

const firstLetters = (s: string, n: number) => [...s].slice(0, n).join('').trim();

/**
 * `n` inputs of each kind. Searches come from open clients of `searchPool` (a
 * default search hides closed ones), one edit per client of `editPool` (so
 * searched pseudonyms stay as generated), reads from both.
 */
export function buildInputs(
  searchPool: readonly ClientSample[],
  editPool: readonly ClientSample[],
  groups: readonly string[],
  n: number,
): Inputs {
  const rng = random(7);
  const open = searchPool.filter((s) => s.status !== 'closed');
  const coded = open.filter((s) => s.code);
  if (coded.length === 0 || open.length === 0 || editPool.length === 0) throw new Error('not enough samples');
  const inputs: Inputs = { code: [], typo: [], prefix: [], prefix2: [], read: [], create: [], edit: [] };
  for (let k = 0; k < n; k++) {
    const c = coded[k % coded.length]!;
    inputs.code.push({ body: { code: typed(rng, c.code!) }, expect: c.id });
    inputs.read.push((k % 2 ? searchPool : editPool)[k % (k % 2 ? searchPool : editPool).length]!.id);
  }
  // Typing mistakes: in the whole pseudonym or in the one word typed; only ones the folding does not undo.
  for (let k = 0; inputs.typo.length < n && k < n * 20; k++) {
    const s = open[k % open.length]!;
    const words = s.pseudonym.split(' ').filter((w) => [...w].length >= 4);
    const source = rng.chance(0.5) || words.length === 0 ? s.pseudonym : rng.pick(words);
    const q = misspell(rng, source);
    if (searchName(q) === searchName(source) || searchName(q).length < 2) continue;
    inputs.typo.push({ body: { q }, expect: s.id });
  }
  for (let k = 0; inputs.prefix.length < n && k < n * 20; k++) {
    const s = open[(k * 7 + 3) % open.length]!;
    const q = firstLetters(s.pseudonym, rng.int(3, 5));
    if (searchName(q).length >= 3) inputs.prefix.push({ body: { q }, expect: s.id });
  }
  // The worst case a user can ask for: two letters (the minimum), matching thousands of names.
  for (let k = 0; inputs.prefix2.length < n && k < n * 20; k++) {
    const s = open[(k * 11 + 5) % open.length]!;
    const q = firstLetters(s.pseudonym, 2);
    if (searchName(q).length >= 2) inputs.prefix2.push({ body: { q }, expect: null });
  }
  const people = random(11);
  for (let k = 0; k < n; k++) {
    const p = makePerson(people);
    const kind = people.weighted({ code: 70, temporary: 10, none: 20 });
    inputs.create.push({
      pseudonym: p.pseudonym,
      ...(kind === 'code'
        ? {
            code: buildCzechIdKod({
              motherFirstName: p.motherFirstName,
              clientFirstName: p.firstName,
              birthDay: people.int(1, 28),
              birthMonth: people.int(1, 12),
            }),
          }
        : kind === 'temporary'
          ? { temporaryCode: true }
          : {}),
      gender: p.sex === 'female' ? 'woman' : p.sex === 'male' ? 'man' : 'non_binary',
      birthYear: people.int(1950, 2007),
      languages: [...p.languages],
      targetGroupIds: groups.length ? [people.common(groups)] : [],
    });
  }
  // One edit per client of the pool, so no edit repeats an earlier one (a repeat could be a cheaper HOT update).
  for (const target of editPool) {
    const renamed = makePerson(people);
    inputs.edit.push({
      id: target.id,
      body: { pseudonym: renamed.pseudonym, birthYear: people.int(1950, 2007), languages: [...renamed.languages] },
    });
  }
  return inputs;
}
