import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { defaultCatalogue } from '../core/catalogues/defaults';

type Tree = { [key: string]: string | Tree };
const locales = ['pl', 'cs', 'en', 'uk'] as const;
export type Locale = (typeof locales)[number];

const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Tree;
// The UI's messages and core's (errors, validation, the print labels the work report shares), as the app merges them.
const catalogues = Object.fromEntries(
  locales.map((l) => [
    l,
    { ...read(`../core/i18n/messages/${l}.json`), ...read(`../web/src/i18n/messages/${l}.json`) },
  ]),
) as Record<Locale, Tree>;

/** A UI message in one language, `{{var}}` filled in (the tests name screens by their words). */
export function message(locale: Locale, key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree | undefined = catalogues[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** The language the page shows now, from `<html lang>`. */
export async function pageLocale(page: Page): Promise<Locale> {
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const locale = locales.find((l) => lang.startsWith(l));
  if (!locale) throw new Error(`unexpected page language ${lang}`);
  return locale;
}

/** `t(key)` in whatever language the page shows at the moment of the call. */
export function messagesOf(page: Page) {
  return async (key: string, vars?: Record<string, string>) => message(await pageLocale(page), key, vars);
}

/** A default catalogue entry's label (every demo organisation starts with them): `catalogueLabel('pl', 'material', 'condom')`. */
export function catalogueLabel(locale: Locale, kind: string, key: string): string {
  const item = defaultCatalogue.find((i) => i.kind === kind && i.key === key);
  if (!item) throw new Error(`no default ${kind} ${key}`);
  return item.labels[locale];
}

/** A message with plural forms (`key_one`, `key_few`, …) for a count, as i18next picks it. */
export function pluralMessage(locale: Locale, key: string, count: number, vars: Record<string, string> = {}): string {
  const form = new Intl.PluralRules(locale).select(count);
  return message(locale, `${key}_${form}`, { count: String(count), ...vars });
}

/** A message with a number where the count goes, as a pattern: "More materials (31)" for "More materials ({{count}})". */
export function messagePattern(locale: Locale, key: string): RegExp {
  const marker = '\u0000';
  const escaped = message(locale, key, { count: marker }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(marker, '\\d+')}$`);
}
