import type { Locale } from '#core/i18n/locales';
import { channels } from '#core/schemas/shifts';
import type { Tx } from '../../../platform/db/tenancy';
import { PaperForm } from './document';
import { printText } from './labels';

async function activeItems(tx: Tx, kind: 'topic' | 'service' | 'material', locale: Locale): Promise<string[]> {
  const rows = await tx
    .selectFrom('catalogue_items')
    .select(['labels'])
    .where('kind', '=', kind)
    .where('active', '=', true)
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => {
    const labels = r.labels as Record<string, string | undefined>;
    return labels[locale] || labels.en || labels.pl || '';
  });
}

/**
 * A blank first or repeat contact card from the same fields as the app's form
 * and the organisation's own catalogues, for teams that write on paper first.
 */
export async function blankContactCardPdf(tx: Tx, kind: 'first' | 'repeat', locale: Locale): Promise<Buffer> {
  const t = printText(locale);
  const form = new PaperForm(t(kind === 'first' ? 'firstCardTitle' : 'repeatCardTitle'));
  form.writeIn(t('pseudonym'));
  form.writeIn(t('code'));
  form.writeIn(`${t('when')} · ${t('where')} · ${t('duration')}`);
  form.checkboxes(
    t('channel'),
    channels.map((c) => t(`channel_${c}`)),
  );
  if (kind === 'first') {
    form.heading(t('situation'));
    for (const key of ['housing', 'income', 'health', 'documents', 'needs', 'institutions']) form.writeIn(t(key));
  } else {
    form.writeIn(t('changes'), 3);
  }
  form.checkboxes(t('topics'), await activeItems(tx, 'topic', locale));
  form.checkboxes(t('services'), await activeItems(tx, 'service', locale));
  form.checkboxes(`${t('materials')} (${t('quantity').toLowerCase()})`, await activeItems(tx, 'material', locale));
  form.writeIn(t('referrals'));
  form.writeIn(t('followUp'));
  form.writeIn(t('notes'), 3);
  form.writeIn(t('worker'));
  return form.end();
}
