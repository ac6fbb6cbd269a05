import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useContacts } from '../../api/contacts';
import { useMe } from '../../api/session';
import type { Shift } from '../../api/shifts';
import { useStock } from '../../api/stock';
import type { CatalogueItem } from '../../api/types';
import { Disclosure } from '../../ui/Disclosure';
import { Stepper } from '../../ui/Stepper';
import { useCatalogueNames, useMaterialLabel } from '../outreach/names';

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

export interface MaterialSteppersProps {
  shift: Shift;
  value: Record<string, number>;
  onChange: (value: Record<string, number>) => void;
}

/** +/− steppers for the materials handed out (no keyboard needed). */
export function MaterialSteppers({ shift, value, onChange }: MaterialSteppersProps) {
  const { t } = useTranslation();
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
  const stepper = (item: CatalogueItem) => (
    <Stepper
      key={item.id}
      label={label(item)}
      maxValue={100_000}
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
    </section>
  );
}
