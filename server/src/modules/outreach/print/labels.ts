import type { Locale } from '#core/i18n/locales';
import { translate } from '#core/i18n/translate';
import type { Tx } from '../../../platform/db/tenancy';

/** Print wording in one language. */
export const printText = (locale: Locale) => (key: string) => translate(locale, `print.${key}`);

/** Catalogue items by id, each named in the reader's language (else any language it has). */
export async function catalogueLabels(tx: Tx, locale: Locale): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('catalogue_items')
    .select(['id', 'labels', 'kind', 'active', 'sort_order'])
    .execute();
  return new Map(
    rows.map((r) => {
      const labels = r.labels as Record<string, string | undefined>;
      return [r.id, labels[locale] || labels.en || labels.pl || labels.cs || labels.uk || ''];
    }),
  );
}

/** An age band key as people write it: 18_24 → 18–24, under_15 → < 15, 65_plus → 65+. */
export function ageBandLabel(band: string): string {
  if (band === 'under_15') return '< 15';
  if (band === '65_plus') return '65+';
  return band.replace('_', '–');
}
