import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** Always-visible online/offline state (ux.md, "Honest about state"). */
export function OnlineStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <span role="status" className={online ? 'net-status' : 'net-status net-offline'}>
      <span className="net-dot" aria-hidden="true" />
      <span className="net-label">{online ? t('app.online') : t('app.offline')}</span>
    </span>
  );
}
