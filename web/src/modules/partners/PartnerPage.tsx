import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type PartnerDetail, useUpdatePartner } from '../../api/partners';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { ContactPersons } from './ContactPersons';
import { CooperationProcedure } from './CooperationProcedure';
import { PartnerDetails } from './PartnerDetails';
import { type PartnerDialog, PartnerDialogs } from './PartnerDialogs';
import { PlacesSection } from './PlacesSection';
import { ServicesSection } from './ServicesSection';
import { partnerActiveBody } from './values';

/**
 * A partner as the directory shows it; those who keep the directory change it,
 * its places and services, and stop or resume working with it (a partner is
 * never deleted: referrals name it).
 */
export function PartnerPage({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = can(me.roles, 'partners.manage');
  const update = useUpdatePartner();
  const [dialog, setDialog] = useState<PartnerDialog | null>(null);
  const [notice, setNotice] = useState('');
  const open = (d: PartnerDialog) => {
    setNotice('');
    setDialog(d);
  };
  const toggle = () =>
    update.mutate(
      { partnerId: partner.id, body: partnerActiveBody(partner) },
      { onSuccess: (p) => setNotice(p.active ? t('partners.reactivated') : t('partners.deactivated')) },
    );

  return (
    <>
      <PageHeader
        title={partner.name}
        actions={
          canManage ? (
            <>
              <Button onPress={() => open({ kind: 'partner' })}>{t('partners.edit')}</Button>
              <Button isPending={update.isPending} onPress={toggle}>
                {partner.active ? t('partners.deactivate') : t('partners.reactivate')}
              </Button>
            </>
          ) : null
        }
      >
        {partner.alternateName ? <p className="muted">{partner.alternateName}</p> : null}
        {partner.active ? null : <p className="badge badge-off">{t('partners.inactivePartner')}</p>}
      </PageHeader>
      <div role="status">{notice ? <p className="alert alert-success">{notice}</p> : null}</div>
      <FormError error={update.error} />
      <PartnerDetails partner={partner} />
      <ContactPersons contacts={partner.contacts} />
      <CooperationProcedure procedure={partner.cooperationProcedure} />
      <PlacesSection partner={partner} canManage={canManage} open={open} onNotice={setNotice} />
      <ServicesSection partner={partner} canManage={canManage} open={open} />
      {canManage ? (
        <PartnerDialogs
          partner={partner}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setNotice(t('common.saved'));
          }}
        />
      ) : null}
    </>
  );
}
