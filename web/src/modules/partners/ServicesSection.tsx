import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../api/partners';
import { Button } from '../../ui/Button';
import type { PartnerDialog } from './PartnerDialogs';
import { ServiceCard } from './ServiceCard';

/** What the partner offers, to whom, where and when. */
export function ServicesSection({
  partner,
  canManage,
  open,
}: {
  partner: PartnerDetail;
  canManage: boolean;
  open: (dialog: PartnerDialog) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="partner-services">
      <div className="partner-header">
        <h2 id="partner-services">{t('partners.services')}</h2>
        {canManage ? <Button onPress={() => open({ kind: 'service' })}>{t('partners.addService')}</Button> : null}
      </div>
      {partner.services.length === 0 ? (
        <p className="muted">{t('partners.noServices')}</p>
      ) : (
        <ul className="partner-list">
          {partner.services.map((service) => (
            <ServiceCard
              key={service.id}
              service={service}
              locations={partner.locations}
              onEdit={canManage ? () => open({ kind: 'service', service }) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
