import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

type Tree = { [key: string]: string | Tree };
const locales = ['pl', 'cs', 'en', 'uk'] as const;
export type Locale = (typeof locales)[number];

const catalogues = Object.fromEntries(
  locales.map((l) => [
    l,
    JSON.parse(readFileSync(new URL(`../web/src/i18n/messages/${l}.json`, import.meta.url), 'utf8')),
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
