import { transliterateCyrillic } from './cyrillic';

/**
 * Latin letters that Unicode decomposition leaves whole (no combining mark to
 * strip), mapped to the ASCII spelling people use when they cannot type them.
 * Keys are upper case because the input is upper-cased before the lookup.
 */
const undecomposable: Record<string, string> = {
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Ø: 'O',
  ẞ: 'SS',
  Æ: 'AE',
  Œ: 'OE',
  Þ: 'TH',
  Ħ: 'H',
  Ŧ: 'T',
  Ŋ: 'N',
  Ə: 'E',
  ĸ: 'K',
  Ŀ: 'L',
  Ɨ: 'I',
};

const combiningMark = /\p{M}/gu;
const notCodeCharacter = /[^A-Z0-9]/g;
const digit = /[0-9]/g;

/**
 * Normalises one part of an anonymous code (a name, a day...) to A–Z and 0–9:
 * upper case, Cyrillic transliterated, diacritics stripped, everything else dropped.
 * Idempotent, so a stored or re-typed code can be normalised again safely.
 */
export function normaliseCodePart(input: string): string {
  // NFC first so a decomposed Й (И + breve) is seen as Й by the Cyrillic table.
  const upper = transliterateCyrillic(input.normalize('NFC').toUpperCase());
  let mapped = '';
  for (const ch of upper) mapped += undecomposable[ch] ?? ch;
  // NFKD rather than NFD: it also folds compatibility forms (full-width Ａ,
  // ligature ﬁ) that phone keyboards and pasted text sometimes produce.
  return mapped.normalize('NFKD').replace(combiningMark, '').toUpperCase().replace(notCodeCharacter, '');
}

/** Normalises a name for a code: like normaliseCodePart, but letters only (digits are not part of a name). */
export function normaliseNameLetters(input: string): string {
  return normaliseCodePart(input).replace(digit, '');
}
