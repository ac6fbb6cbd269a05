import { isValidDayMonth, twoDigits } from './dates';
import { CodeInputError } from './errors';
import { normaliseNameLetters } from './normalise';

/**
 * The Czech low-threshold "ID kód" (used by Czech harm-reduction and outreach
 * services): first 3 letters of the mother's first name + 2-digit day of birth +
 * first 3 letters of the client's first name + 2-digit month of birth.
 * Ludmila / Tomáš / 7 August → LUD07TOM08.
 *
 * Decisions:
 * - Names are normalised first (Tomáš → TOMAS, Олена → OLENA); digits in a name
 *   are dropped. "Ch" counts as two letters (C, H), as workers type it.
 * - A name with fewer than 3 letters is padded with `X` (Bo → BOX, Ä → AXX):
 *   X keeps the code's fixed LLLDDLLLMM shape, and names ending in X are rare.
 * - A name with no letters at all is refused: the scheme needs both names, so a
 *   person who will not give them gets a temporary NCC code instead.
 * - The year is not part of the code, so 29 February is accepted; impossible
 *   dates (31 April, 30 February) are refused.
 */

export interface CzechIdKodInput {
  motherFirstName: string;
  clientFirstName: string;
  /** Day of birth, 1–31. */
  birthDay: number;
  /** Month of birth, 1–12. */
  birthMonth: number;
}

/** Length of each name part and the letter that pads a shorter name. */
const namePartLength = 3;
const padding = 'X';

/** Shape of a finished code, for recognising one typed directly. */
export const czechIdKodPattern = /^[A-Z]{3}\d{2}[A-Z]{3}\d{2}$/;

/** Three-letter part of an ID kód from a first name (padded with X); throws if it has no letters. */
export function czechIdKodNamePart(name: string, field: string): string {
  const letters = normaliseNameLetters(name);
  if (letters.length === 0) throw new CodeInputError(field, 'no-letters');
  return letters.slice(0, namePartLength).padEnd(namePartLength, padding);
}

/** Builds a Czech ID kód such as LUD07TOM08; throws CodeInputError on unusable input. */
export function buildCzechIdKod(input: CzechIdKodInput): string {
  const { birthDay, birthMonth } = input;
  if (!Number.isInteger(birthMonth) || birthMonth < 1 || birthMonth > 12) {
    throw new CodeInputError('birthMonth', 'invalid-month');
  }
  if (!isValidDayMonth(birthDay, birthMonth)) throw new CodeInputError('birthDay', 'invalid-day');
  return (
    czechIdKodNamePart(input.motherFirstName, 'motherFirstName') +
    twoDigits(birthDay) +
    czechIdKodNamePart(input.clientFirstName, 'clientFirstName') +
    twoDigits(birthMonth)
  );
}
