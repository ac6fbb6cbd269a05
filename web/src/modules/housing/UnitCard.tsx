import { useTranslation } from 'react-i18next';
import type { HousingUnit, Placement } from '../../api/housing';
import { Button } from '../../ui/Button';
import type { HousingDialog } from './HousingDialogs';
import { stayOfPlacement, stayOfUnit, useDays } from './housingText';
import { PersonName } from './PersonName';

/**
 * One bed or room on the board: who is in it today (pseudonym, since when,
 * until when it is planned) or that it is free, and the bookings that start
 * later; for the desk, the buttons to place, end, move or cancel. Each button
 * names the person or the unit, as a list of several cards needs.
 */
export function UnitCard({
  unit,
  bookings,
  canManage,
  open,
}: {
  unit: HousingUnit;
  bookings: readonly Placement[];
  canManage: boolean;
  open: (dialog: HousingDialog) => void;
}) {
  const { t } = useTranslation();
  const days = useDays();
  const stay = stayOfUnit(unit);
  const titleId = `unit-${unit.id}`;
  return (
    <li className={stay ? 'panel housing-unit housing-unit-taken' : 'panel housing-unit'} aria-labelledby={titleId}>
      <div className="housing-unit-head">
        <div>
          <h3 id={titleId} className="housing-unit-title">
            {unit.label}
          </h3>
          <p className="housing-kind">{t(`housing.kinds.${unit.kind}`)}</p>
        </div>
        {stay ? null : <span className="badge badge-on">{t('housing.free')}</span>}
      </div>
      {stay ? (
        <div className="housing-tight">
          <p className="housing-occupant">
            <PersonName clientId={unit.current?.clientId ?? ''} pseudonym={stay.pseudonym} />
          </p>
          <p>{t('housing.since', { day: days.day(stay.startOn) })}</p>
          <p>
            {stay.plannedEndOn
              ? t('housing.plannedEnd', { day: days.day(stay.plannedEndOn) })
              : t('housing.noPlannedEnd')}
          </p>
        </div>
      ) : null}
      {bookings.length > 0 ? (
        <div className="housing-tight">
          <p className="housing-booked">{t('housing.bookings', { count: bookings.length })}</p>
          <ul className="housing-bookings">
            {bookings.map((b) => (
              <li key={b.id}>
                <span>
                  <strong>
                    <PersonName clientId={b.clientId} pseudonym={b.pseudonym} />
                  </strong>{' '}
                  {days.period(b.startOn, b.plannedEndOn)}
                </span>
                {canManage ? (
                  <Button
                    aria-label={t('housing.cancelBookingNamed', { name: b.pseudonym })}
                    onPress={() => open({ kind: 'cancel', stay: stayOfPlacement(b) })}
                  >
                    {t('housing.cancelBooking')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canManage ? (
        <div className="btn-row">
          {stay ? (
            <>
              <Button
                aria-label={t('housing.endStayNamed', { name: stay.pseudonym })}
                onPress={() => open({ kind: 'end', stay })}
              >
                {t('housing.endStay')}
              </Button>
              <Button
                aria-label={t('housing.moveNamed', { name: stay.pseudonym })}
                onPress={() => open({ kind: 'move', stay })}
              >
                {t('housing.move')}
              </Button>
              <Button
                aria-label={t('housing.plannedEndNamed', { name: stay.pseudonym })}
                onPress={() => open({ kind: 'plannedEnd', stay })}
              >
                {t('housing.changePlannedEnd')}
              </Button>
            </>
          ) : (
            <Button
              aria-label={t('housing.placeInNamed', { unit: unit.label })}
              onPress={() => open({ kind: 'place', unitId: unit.id })}
            >
              {t('housing.placeHere')}
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}
