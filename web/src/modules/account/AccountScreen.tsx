import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { FieldDevicePanel } from '../field/FieldDevicePanel';
import { MySessions } from './MySessions';
import { ProfileForm } from './ProfileForm';
import { TwoFactorPanel } from './TwoFactorPanel';

/** My account: name and language, two-factor, and the devices signed in. */
export function AccountScreen() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageHeader title={t('nav.account')} />
      <ProfileForm />
      <TwoFactorPanel />
      <MySessions />
      <FieldDevicePanel />
    </div>
  );
}
