import { useTranslation } from 'react-i18next';
import type { HousingUnit, Placement } from '../../api/housing';
import { Button } from '../../ui/Button';
import { useNumberFormat } from '../outreach/names';
import { bookingsByUnit } from './board';
import type { HousingDialog } from './HousingDialogs';
import { UnitCard } from './UnitCard';

/**
 * The beds board of a site: how many of its beds and rooms in use are taken
 * today, then each of them — who is in it or "free", and later bookings.
 */
export function BedBoard({
  units,
  upcoming,
  canManage,
  open,
}: {
  units: readonly HousingUnit[];
  upcoming: readonly Placement[];
  canManage: boolean;
  open: (dialog: HousingDialog) => void;
}) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const inUse = units.filter((u) => u.active);
  const taken = inUse.filter((u) => u.current !== null).length;
  const bookings = bookingsByUnit(upcoming);
  return (
    <section className="stack" aria-labelledby="board-title">
      <div className="housing-header">
        <h2 id="board-title">{t('housing.boardTitle')}</h2>
        {canManage && inUse.length > 0 ? (
          <Button variant="primary" onPress={() => open({ kind: 'place' })}>
            {t('housing.placePerson')}
          </Button>
        ) : null}
      </div>
      {inUse.length === 0 ? (
        <p>{canManage ? t('housing.noUnitsManage') : t('housing.noUnits')}</p>
      ) : (
        <>
          <p className="lead">
            {t('housing.takenNow', { taken: nf.number(taken), total: nf.number(inUse.length) })}
            {' · '}
            {t('housing.freeNow', { free: nf.number(inUse.length - taken) })}
          </p>
          <ul className="housing-board">
            {inUse.map((unit) => (
              <UnitCard
                key={unit.id}
                unit={unit}
                bookings={bookings.get(unit.id) ?? []}
                canManage={canManage}
                open={open}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
