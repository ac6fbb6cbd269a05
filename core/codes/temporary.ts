import { CodeInputError } from './errors';
import { normaliseCodePart } from './normalise';

/**
 * Temporary codes for people who will not (yet) give the facts for a full code:
 * `NCC` + a number, zero-padded to at least 4 digits (NCC0042). They are merged
 * into a full code later (audited, elsewhere).
 *
 * At most 10 digits: an SLK-581 whose letters happen to be N, C, C and whose
 * first name is unknown (99) or one letter long (22) reads NCC + 11 digits, so
 * capping the length keeps the two shapes from ever overlapping. The Czech ID kód
 * (LLLDDLLLMM) cannot look like NCC + digits at all.
 */

export const temporaryCodePrefix = 'NCC';
const minDigits = 4;
const maxNumber = 9_999_999_999;
const temporaryPattern = /^NCC(\d{4,10})$/;

/** Makes a temporary code such as NCC0042 from a positive integer counter. */
export function makeTemporaryCode(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > maxNumber) {
    throw new CodeInputError('number', 'invalid-number');
  }
  return temporaryCodePrefix + String(n).padStart(minDigits, '0');
}

/** True if the code (in any spacing or case, e.g. "ncc-0042") is a temporary code. */
export function isTemporaryCode(code: string): boolean {
  return temporaryPattern.test(normaliseCodePart(code));
}

/** The counter inside a temporary code, or null if the code is not one. */
export function temporaryCodeNumber(code: string): number | null {
  const match = temporaryPattern.exec(normaliseCodePart(code));
  return match ? Number(match[1]) : null;
}
