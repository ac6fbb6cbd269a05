import { catalogues, type MessageTree } from './catalogues';
import { defaultLocale, type Locale } from './locales';

export type MessageVars = Record<string, string | number>;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function resolve(locale: Locale, key: string, count: number | undefined): string | undefined {
  const tree = catalogues[locale];
  if (count !== undefined) {
    // i18next JSON v4 plural suffixes, chosen by the CLDR rules of the locale.
    const category = new Intl.PluralRules(locale).select(count);
    const plural = lookup(tree, `${key}_${category}`) ?? lookup(tree, `${key}_other`);
    if (plural) return plural;
  }
  return lookup(tree, key);
}

/**
 * Translates a key the way the web's i18next does (same catalogues, same
 * `{{var}}` interpolation and plural suffixes), so the server can answer in
 * the user's language without pulling i18next into the API.
 */
export function translate(locale: Locale, key: string, vars: MessageVars = {}): string {
  const count = typeof vars.count === 'number' ? vars.count : undefined;
  const template = resolve(locale, key, count) ?? resolve(defaultLocale, key, count) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    vars[name] === undefined ? '' : String(vars[name]),
  );
}
