import { useTranslation } from 'react-i18next';
import { ChipGroup } from '../../ui/ChipGroup';
import { Disclosure } from '../../ui/Disclosure';
import { catalogueLabel } from '../clients/labels';
import { useCatalogueNames } from '../outreach/names';

/**
 * The services a desk records most (keys of the default catalogue): shown
 * first; counselling, outreach and other services wait behind "Other services",
 * so a phone is not a wall of thirty chips.
 */
const deskServiceKeys = new Set([
  'shower',
  'laundry',
  'meal',
  'clothes',
  'day_stay',
  'warming_place',
  'night_bed',
  'internet',
  'phone_charging',
  'storage',
]);

/** Ticking the services used: the desk's own first, the rest of the catalogue one tap away. */
export function ServiceChips({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const services = useCatalogueNames('service');
  const option = (item: (typeof services.choices)[number]) => ({
    id: item.id,
    label: catalogueLabel(item, i18n.language),
  });
  const desk = services.choices.filter((item) => deskServiceKeys.has(item.key)).map(option);
  const others = services.choices.filter((item) => !deskServiceKeys.has(item.key)).map(option);
  // An organisation whose catalogue has none of the desk's services sees its whole catalogue at once.
  const first = desk.length > 0 ? desk : others;
  const rest = desk.length > 0 ? others : [];
  const ids = (group: readonly { id: string }[]) => value.filter((id) => group.some((o) => o.id === id));
  const chosenElsewhere = ids(rest).length;

  return (
    <div className="stack">
      <ChipGroup
        name="services"
        label={label}
        description={description}
        options={first}
        value={ids(first)}
        onChange={(chosen) => onChange([...chosen, ...ids(rest)])}
      />
      {rest.length > 0 ? (
        <Disclosure
          title={t('reception.otherServices', { count: rest.length })}
          summary={chosenElsewhere > 0 ? t('contacts.chosen', { count: chosenElsewhere }) : undefined}
        >
          <ChipGroup
            name="otherServices"
            label={t('reception.otherServices', { count: rest.length })}
            hideLabel
            options={rest}
            value={ids(rest)}
            onChange={(chosen) => onChange([...ids(first), ...chosen])}
          />
        </Disclosure>
      ) : null}
    </div>
  );
}
