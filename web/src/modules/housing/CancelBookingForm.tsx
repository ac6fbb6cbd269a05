import { useTranslation } from 'react-i18next';
import { type Placement, useEndPlacement } from '../../api/housing';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { type Stay, useDays } from './housingText';

/**
 * Cancels a booking that has not begun. The API has no delete: the stay is
 * ended on its first day as "did not arrive", which holds the unit for no day.
 */
export function CancelBookingForm({ stay, onDone }: { stay: Stay; onDone: (ended: Placement) => void }) {
  const { t } = useTranslation();
  const end = useEndPlacement();
  const days = useDays();
  return (
    <div className="form">
      <FormError error={end.error} />
      <p>
        {t('housing.cancelBookingQuestion', {
          name: stay.pseudonym,
          unit: stay.unitLabel,
          period: days.period(stay.startOn, stay.plannedEndOn),
        })}
      </p>
      <div className="btn-row">
        <Button
          variant="danger"
          isPending={end.isPending}
          onPress={() =>
            end.mutate(
              { placementId: stay.placementId, body: { endOn: stay.startOn, outcome: 'did_not_arrive' } },
              { onSuccess: onDone },
            )
          }
        >
          {t('housing.cancelBooking')}
        </Button>
        <Button slot="close">{t('housing.keepBooking')}</Button>
      </div>
    </div>
  );
}
