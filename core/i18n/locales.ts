/** The languages Kontakt speaks from day one. */
export const locales = ['pl', 'cs', 'en', 'uk'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Narrows any string to a supported locale, or undefined. */
export function asLocale(value: string | undefined | null): Locale | undefined {
  if (!value) return undefined;
  const base = value.trim().toLowerCase().slice(0, 2);
  return (locales as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const locale = asLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}
