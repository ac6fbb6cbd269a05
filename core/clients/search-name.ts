import { transliterateCyrillic } from '../codes/cyrillic';

/** Letters Unicode decomposition leaves whole, folded to what people type without them. */
const folded: Record<string, string> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };

/**
 * The form of a pseudonym that search compares: lower case, diacritics and
 * Cyrillic folded to Latin, runs of anything else collapsed to one space. So
 * "Łukasz", "lukasz" and "Лукаш" meet, on the server (trigram index) and in a
 * phone's offline index alike.
 */
export function searchName(pseudonym: string): string {
  const lower = transliterateCyrillic(pseudonym.normalize('NFC').toUpperCase()).toLowerCase();
  let out = '';
  for (const ch of lower) out += folded[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
