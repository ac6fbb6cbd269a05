/**
 * Cyrillic → Latin transliteration so that Ukrainian workers can type names in
 * their own alphabet and still produce the same code as a colleague typing Latin.
 *
 * Table: the Ukrainian national transliteration (Cabinet of Ministers resolution
 * No. 55 of 27 January 2010), upper case only because normalisation upper-cases
 * first. Letters that differ at the start of a word (Є Ї Й Ю Я) use the
 * word-initial form there and the in-word form elsewhere; "ЗГ" becomes "ZGH" so
 * it cannot collide with "Ж" (ZH). The apostrophe and the soft sign are dropped.
 * Russian and Belarusian letters that Ukrainian lacks get plain ICAO-like values;
 * other Cyrillic letters are left alone and later dropped as non A–Z.
 *
 * Note: the same name typed in Cyrillic and in a different Latin spelling
 * (Olena / Elena) still gives different codes; the table only makes one
 * keyboard agree with the official Latin spelling.
 */

const table: Record<string, string> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'H',
  Ґ: 'G',
  Д: 'D',
  Е: 'E',
  Ж: 'ZH',
  З: 'Z',
  И: 'Y',
  І: 'I',
  К: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Ш: 'SH',
  Щ: 'SHCH',
  Ь: '',
  // Not in the Ukrainian alphabet (Russian, Belarusian).
  Ё: 'E',
  Ы: 'Y',
  Э: 'E',
  Ъ: '',
  Ў: 'U',
};

// [at the start of a word, inside a word]
const positional: Record<string, readonly [string, string]> = {
  Є: ['YE', 'IE'],
  Ї: ['YI', 'I'],
  Й: ['Y', 'I'],
  Ю: ['YU', 'IU'],
  Я: ['YA', 'IA'],
};

// Apostrophes sit inside Ukrainian words (Мар'яна → Mariana), so they do not start one.
const inWordMark = /['’ʼ`]/u;
const letter = /\p{L}/u;

/** Transliterates upper-case Cyrillic letters to Latin; other characters pass through. */
export function transliterateCyrillic(upper: string): string {
  const chars = Array.from(upper);
  let out = '';
  let previous = '';
  for (const ch of chars) {
    const wordStart = previous === '' || !(letter.test(previous) || inWordMark.test(previous));
    const pair = positional[ch];
    if (pair) {
      out += wordStart ? pair[0] : pair[1];
    } else if (ch === 'Г' && previous === 'З') {
      out += 'GH';
    } else {
      out += table[ch] ?? ch;
    }
    previous = ch;
  }
  return out;
}
