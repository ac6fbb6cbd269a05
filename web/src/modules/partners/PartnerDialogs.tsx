import { useTranslation } from 'react-i18next';
import type { PartnerDetail, PartnerLocation, PartnerService } from '../../api/partners';
import { ModalDialog } from '../../ui/Dialog';
import { LocationForm } from './LocationForm';
import { PartnerForm } from './PartnerForm';
import { ServiceForm } from './ServiceForm';

/** What the partner's page has open: one dialog at a time. */
export type PartnerDialog =
  | { kind: 'partner' }
  | { kind: 'location'; location?: PartnerLocation }
  | { kind: 'service'; service?: PartnerService };

/** The partner page's dialogs: change the partner, add or change a place or a service. */
export function PartnerDialogs({
  partner,
  dialog,
  onClose,
  onDone,
}: {
  partner: PartnerDetail;
  dialog: PartnerDialog | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();

  function title(d: PartnerDialog): string {
    switch (d.kind) {
      case 'partner':
        return t('partners.edit');
      case 'location':
        return d.location ? t('partners.editPlace') : t('partners.addPlace');
      case 'service':
        return d.service ? t('partners.editService') : t('partners.addService');
    }
  }

  function body(d: PartnerDialog) {
    switch (d.kind) {
      case 'partner':
        return <PartnerForm partner={partner} onDone={onDone} />;
      case 'location':
        return <LocationForm partnerId={partner.id} location={d.location} onDone={onDone} />;
      case 'service':
        return <ServiceForm partnerId={partner.id} locations={partner.locations} service={d.service} onDone={onDone} />;
    }
  }

  return (
    <ModalDialog
      title={dialog ? title(dialog) : ''}
      isOpen={dialog !== null}
      onOpenChange={(open) => !open && onClose()}
      dismissable={false}
    >
      {dialog ? body(dialog) : null}
    </ModalDialog>
  );
}
