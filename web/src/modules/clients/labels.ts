import type { TFunction } from 'i18next';
import type { CatalogueItem } from '../../api/types';
import { intlLocale } from '../../ui/format';

/** A catalogue item's label in the UI language, else the first label it has, else its key. */
export function catalogueLabel(item: Pick<CatalogueItem, 'labels' | 'key'>, language: string): string {
  return item.labels[language] || Object.values(item.labels).find(Boolean) || item.key;
}

/** Languages offered as checkboxes, most often met in the field first; others a record has are kept. */
export const offeredLanguages = [
  'pl',
  'cs',
  'uk',
  'ru',
  'sk',
  'be',
  'rom',
  'ro',
  'bg',
  'hu',
  'en',
  'de',
  'vi',
  'ka',
  'ar',
  'fa',
] as const;

/**
 * A language's name in the UI language. Romani is named from our catalogue:
 * CLDR's Polish and Ukrainian names for it are exonyms that many Roma find
 * offensive.
 */
export function languageLabel(code: string, language: string, t: TFunction): string {
  if (code === 'rom') return t('clients.romani');
  try {
    return new Intl.DisplayNames(intlLocale(language), { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An ISO date (YYYY-MM-DD) in the UI language, e.g. "7 Aug 2026". */
export function formatDay(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today as an ISO date in the device's time zone (what a date field defaults to). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
