import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { savedNotice } from './savedNotice';

/** The notice of a card just kept on the phone; it gives way once the next screen is there. */
export function SavedNotice() {
  const { t } = useTranslation();
  const kind = useSyncExternalStore(savedNotice.subscribe, savedNotice.get, savedNotice.get);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const shownOn = useRef<string | null>(null);
  useEffect(() => {
    if (kind && shownOn.current === null) shownOn.current = pathname;
    else if (kind && shownOn.current !== pathname) {
      shownOn.current = null;
      savedNotice.show(null);
    }
  }, [kind, pathname]);
  if (!kind) return null;
  return (
    <div className="saved-notice">
      <Alert tone="success">
        <p>
          <strong>{t('common.saved')}</strong> {t(`contacts.savedKinds.${kind}`)}
        </p>
      </Alert>
    </div>
  );
}
