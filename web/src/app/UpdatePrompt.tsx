import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, isUpdateWaiting, subscribeUpdate } from './pwa';

/** "A new version is ready" with a reload button, when the service worker has one waiting. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(subscribeUpdate, isUpdateWaiting, () => false);
  if (!waiting) return null;
  return (
    <div role="status" className="update-prompt">
      <span>{t('app.updateReady')}</span>
      <button type="button" className="btn btn-primary" onClick={() => void applyUpdate()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
