import { useTranslation } from 'react-i18next';
import { type PartnerDetail, useUpdatePartnerLocation } from '../../api/partners';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import type { PartnerDialog } from './PartnerDialogs';
import { PlaceItem } from './PlaceItem';
import { locationActiveBody } from './values';

/**
 * The partner's places, in use first. A place is never deleted (services and
 * the shared directory point at it): it is taken out of use, or put back.
 */
export function PlacesSection({
  partner,
  canManage,
  open,
  onNotice,
}: {
  partner: PartnerDetail;
  canManage: boolean;
  open: (dialog: PartnerDialog) => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePartnerLocation();
  return (
    <section className="stack" aria-labelledby="partner-places">
      <div className="partner-header">
        <h2 id="partner-places">{t('partners.places')}</h2>
        {canManage ? <Button onPress={() => open({ kind: 'location' })}>{t('partners.addPlace')}</Button> : null}
      </div>
      <FormError error={update.error} />
      {partner.locations.length === 0 ? (
        <p className="muted">{t('partners.noPlaces')}</p>
      ) : (
        <ul className="partner-list">
          {partner.locations.map((location) => (
            <PlaceItem
              key={location.id}
              location={location}
              actions={
                canManage ? (
                  <div className="btn-row">
                    <Button
                      aria-label={t('common.editNamed', { name: location.name })}
                      onPress={() => open({ kind: 'location', location })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      aria-label={t(location.active ? 'partners.placeOffNamed' : 'partners.placeOnNamed', {
                        name: location.name,
                      })}
                      isPending={update.isPending && update.variables?.locationId === location.id}
                      onPress={() =>
                        update.mutate(
                          { locationId: location.id, body: locationActiveBody(location) },
                          {
                            onSuccess: (l) =>
                              onNotice(
                                t(l.active ? 'partners.placeOnDone' : 'partners.placeOffDone', { name: l.name }),
                              ),
                          },
                        )
                      }
                    >
                      {location.active ? t('partners.placeOff') : t('partners.placeOn')}
                    </Button>
                  </div>
                ) : null
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
