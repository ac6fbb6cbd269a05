import { useTranslation } from 'react-i18next';
import { type HousingUnit, useUpdateHousingUnit } from '../../api/housing';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import type { HousingDialog } from './HousingDialogs';

/**
 * The site's beds and rooms for those who manage them: add one, rename one,
 * take one out of use (refused while someone is placed there now or later)
 * or put it back. A unit is never deleted: past stays keep pointing at it.
 */
export function UnitsSection({
  units,
  open,
}: {
  units: readonly HousingUnit[];
  open: (dialog: HousingDialog) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateHousingUnit();
  return (
    <section className="stack" aria-labelledby="units-title">
      <div className="housing-header">
        <h2 id="units-title">{t('housing.unitsTitle')}</h2>
        <Button onPress={() => open({ kind: 'unit' })}>{t('housing.addUnit')}</Button>
      </div>
      <FormError error={update.error} />
      {units.length === 0 ? (
        <p>{t('housing.noUnitsYet')}</p>
      ) : (
        <ul className="housing-list">
          {units.map((unit) => (
            <li key={unit.id}>
              <p>
                <strong>{unit.label}</strong> <span className="housing-kind">{t(`housing.kinds.${unit.kind}`)}</span>{' '}
                {unit.active ? (
                  <span className="badge badge-on">{t('housing.inUse')}</span>
                ) : (
                  <span className="badge badge-off">{t('housing.outOfUse')}</span>
                )}
              </p>
              <div className="btn-row">
                <Button
                  aria-label={t('housing.renameNamed', { label: unit.label })}
                  onPress={() => open({ kind: 'unit', unit })}
                >
                  {t('housing.rename')}
                </Button>
                <Button
                  aria-label={t(unit.active ? 'housing.takeOutOfUseNamed' : 'housing.putBackNamed', {
                    label: unit.label,
                  })}
                  isPending={update.isPending && update.variables?.unitId === unit.id}
                  onPress={() => update.mutate({ unitId: unit.id, body: { active: !unit.active } })}
                >
                  {unit.active ? t('housing.takeOutOfUse') : t('housing.putBack')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
