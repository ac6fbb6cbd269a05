import { parseBirthDate, twoDigits } from './dates';
import { CodeInputError } from './errors';
import { normaliseNameLetters } from './normalise';

/**
 * Statistical Linkage Key 581 (Australian Institute of Health and Welfare,
 * METeOR 349510): surname letters 2, 3, 5 + first-name letters 2, 3 +
 * date of birth DDMMYYYY + sex digit, e.g. Jane Citizen, 1 Feb 1970, female →
 * ITZAN010219702.
 *
 * The published AIHW rules, as implemented here:
 * 1. Letters only: hyphens, apostrophes, spaces, other punctuation and digits in
 *    a name are ignored and letters are counted without them
 *    (Smith-Jones → SMITHJONES → MIH). Everything is upper case.
 * 2. Surname: the 2nd, 3rd and 5th letters (Smith → MIH).
 * 3. First name: the 2nd and 3rd letters (Jane → AN).
 * 4. A name too short to supply a letter position has that position filled with
 *    the digit 2 (Farr → AR2, Ng → G22, Jo → O2, Al → L2).
 * 5. A name missing entirely is recorded as 999 (surname) or 99 (first name).
 * 6. Date of birth as DDMMYYYY. AIHW expects an estimated date when the real one
 *    is unknown; the form must supply one, this function does not invent it.
 * 7. Sex: 1 male, 2 female, 3 another term (intersex, non-binary, other),
 *    9 not stated / inadequately described.
 *
 * Our additions: names are normalised first (diacritics stripped, Cyrillic
 * transliterated, see normalise.ts); a name that was typed but contains no
 * usable letter (e.g. only Greek script) is refused rather than silently
 * treated as missing, because 999 would then match unrelated people.
 */

export type Slk581Sex = 'male' | 'female' | 'other' | 'not-stated';

export const slk581Sexes = ['male', 'female', 'other', 'not-stated'] as const satisfies readonly Slk581Sex[];

const sexDigits: Record<Slk581Sex, string> = {
  male: '1',
  female: '2',
  other: '3',
  'not-stated': '9',
};

export interface Slk581Input {
  /** Family name; null, undefined or blank means not known (→ 999). */
  surname?: string | null;
  /** Given name; null, undefined or blank means not known (→ 99). */
  firstName?: string | null;
  /** ISO date YYYY-MM-DD (what an <input type="date"> gives). */
  dateOfBirth: string;
  sex: Slk581Sex;
}

const missingLetter = '2';
const surnamePositions = [2, 3, 5] as const;
const firstNamePositions = [2, 3] as const;

/** Shape of a finished key, for recognising one typed directly. */
export const slk581Pattern = /^[A-Z29]{3}[A-Z29]{2}\d{8}[1239]$/;

function namePart(name: string | null | undefined, positions: readonly number[], field: string): string {
  if (name == null || name.trim() === '') return '9'.repeat(positions.length);
  const letters = normaliseNameLetters(name);
  if (letters.length === 0) throw new CodeInputError(field, 'no-letters');
  return positions.map((position) => letters[position - 1] ?? missingLetter).join('');
}

/** Surname part of an SLK-581: letters 2, 3, 5, `2` for a missing letter, `999` if unknown. */
export function slk581SurnamePart(surname: string | null | undefined): string {
  return namePart(surname, surnamePositions, 'surname');
}

/** First-name part of an SLK-581: letters 2, 3, `2` for a missing letter, `99` if unknown. */
export function slk581FirstNamePart(firstName: string | null | undefined): string {
  return namePart(firstName, firstNamePositions, 'firstName');
}

/** Builds an SLK-581 key such as ITZAN010219702; throws CodeInputError on unusable input. */
export function buildSlk581(input: Slk581Input): string {
  const date = parseBirthDate(input.dateOfBirth);
  if (!date) throw new CodeInputError('dateOfBirth', 'invalid-date');
  const sex = Object.hasOwn(sexDigits, input.sex) ? sexDigits[input.sex] : undefined;
  if (!sex) throw new CodeInputError('sex', 'invalid-sex');
  return (
    slk581SurnamePart(input.surname) +
    slk581FirstNamePart(input.firstName) +
    twoDigits(date.day) +
    twoDigits(date.month) +
    String(date.year) +
    sex
  );
}
