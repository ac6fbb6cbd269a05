import { useTranslation } from 'react-i18next';
import './field.css';
import { useFieldState, useOnline } from './useFieldState';

/** Says plainly that the app is offline, and what that means for what the user records. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const { status } = useFieldState();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      {status.kind === 'unlocked' ? t('field.offlineKept') : t('field.offlineNoDevice')}
    </div>
  );
}
