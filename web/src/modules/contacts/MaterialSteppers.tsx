import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { useContacts } from '../../api/contacts';
import { useMe } from '../../api/session';
import type { Shift } from '../../api/shifts';
import { useStock } from '../../api/stock';
import type { CatalogueItem } from '../../api/types';
import { Disclosure } from '../../ui/Disclosure';
import { Stepper } from '../../ui/Stepper';
import { useCatalogueNames, useMaterialLabel, useNumberFormat } from '../outreach/names';
import { type ContactDraft, isExchangeMaterial } from './contactBody';

/** How many of the catalogue's first materials are always offered up front. */
const firstFew = 3;

/**
 * The materials a worker is most likely to hand out on this shift come first:
 * what the team carries in stock, what this shift has already handed out, and
 * the catalogue's first few; the rest are one tap away.
 */
export function featuredMaterials(
  choices: readonly CatalogueItem[],
  likely: ReadonlySet<string>,
  chosen: Readonly<Record<string, number>>,
): { featured: CatalogueItem[]; more: CatalogueItem[] } {
  const isFeatured = (item: CatalogueItem, index: number) =>
    index < firstFew || likely.has(item.id) || (chosen[item.id] ?? 0) > 0;
  return {
    featured: choices.filter(isFeatured),
    more: choices.filter((item, index) => !isFeatured(item, index)),
  };
}

/** The counts of a card's materials: handed out, brought back, passed on to others. */
export type MaterialCounts = Pick<ContactDraft, 'materials' | 'returned' | 'secondaryFor'>;

/**
 * The materials that offer "returned" and "passed on" counts: needle and
 * syringe items, and any other whose counts were already entered there.
 */
export function exchangeMaterials(choices: readonly CatalogueItem[], counts: MaterialCounts): CatalogueItem[] {
  return choices.filter(
    (item) =>
      isExchangeMaterial(item) || (counts.returned[item.id] ?? 0) > 0 || (counts.secondaryFor[item.id] ?? 0) > 0,
  );
}

export interface MaterialSteppersProps {
  shift: Shift;
  value: MaterialCounts;
  onChange: (value: Partial<MaterialCounts>) => void;
}

/**
 * +/− steppers for the materials handed out (no keyboard needed); for needle
 * and syringe work, the used ones brought back and for how many other people
 * the person takes them sit in a part of their own, one tap away.
 */
export function MaterialSteppers({ shift, value: counts, onChange: change }: MaterialSteppersProps) {
  const value = counts.materials;
  const onChange = (materials: Record<string, number>) => change({ materials });
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const me = useMe();
  const materials = useCatalogueNames('material');
  const stock = useStock({ teamId: shift.teamId }, can(me.roles, 'stock.read'));
  const onShift = useContacts({ shiftId: shift.id, pageSize: 200 }, can(me.roles, 'contacts.read'));
  // Not from the counts being entered, so an item never jumps between the lists while counting.
  const likely = new Set([
    ...(stock.data?.items ?? []).filter((b) => b.balance > 0).map((b) => b.materialId),
    ...(onShift.data?.items ?? []).flatMap((c) => c.materials.map((m) => m.materialId)),
  ]);
  const { featured, more } = featuredMaterials(materials.choices, likely, {});
  const chosenInMore = more.filter((item) => (value[item.id] ?? 0) > 0).length;
  const materialLabel = useMaterialLabel();
  const label = (item: CatalogueItem) => materialLabel(item.id);
  const exchange = exchangeMaterials(materials.choices, counts);
  const exchanged = exchange.filter(
    (item) => (counts.returned[item.id] ?? 0) > 0 || (counts.secondaryFor[item.id] ?? 0) > 0,
  ).length;
  const stepper = (item: CatalogueItem) => (
    <Stepper
      key={item.id}
      label={label(item)}
      maxValue={limits.quantityMax}
      value={value[item.id] ?? 0}
      onChange={(n) => onChange({ ...value, [item.id]: n })}
    />
  );

  return (
    <section className="stack contact-part" aria-labelledby="materials-title">
      <h2 id="materials-title">{t('contacts.materials')}</h2>
      {materials.choices.length === 0 && !materials.isPending ? <p>{t('contacts.noMaterialsInCatalogue')}</p> : null}
      <div className="stepper-list">{featured.map(stepper)}</div>
      {more.length > 0 ? (
        <Disclosure
          title={t('contacts.moreMaterials', { count: more.length })}
          summary={chosenInMore > 0 ? t('contacts.chosen', { count: chosenInMore }) : undefined}
        >
          <div className="stepper-list">{more.map(stepper)}</div>
        </Disclosure>
      ) : null}
      {exchange.length > 0 ? (
        <Disclosure
          title={t('contacts.exchange')}
          summary={exchanged > 0 ? t('contacts.chosen', { count: exchanged }) : undefined}
        >
          <p className="field-description">{t('contacts.exchangeHint')}</p>
          {exchange.map((item) => (
            <fieldset key={item.id} className="exchange-item">
              <legend>
                {label(item)}
                {(value[item.id] ?? 0) > 0 ? (
                  <span className="muted"> · {t('contacts.handedOut', { n: nf.number(value[item.id] ?? 0) })}</span>
                ) : null}
              </legend>
              <div className="stepper-list">
                <Stepper
                  label={t('contacts.returnedOf', { name: label(item) })}
                  maxValue={limits.quantityMax}
                  value={counts.returned[item.id] ?? 0}
                  onChange={(n) => change({ returned: { ...counts.returned, [item.id]: n } })}
                />
                <Stepper
                  label={t('contacts.secondaryOf', { name: label(item) })}
                  description={t('contacts.secondaryHint')}
                  maxValue={limits.headCountMax}
                  value={counts.secondaryFor[item.id] ?? 0}
                  onChange={(n) => change({ secondaryFor: { ...counts.secondaryFor, [item.id]: n } })}
                />
              </div>
            </fieldset>
          ))}
        </Disclosure>
      ) : null}
    </section>
  );
}
