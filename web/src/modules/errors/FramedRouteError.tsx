import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouteError } from './RouteError';

/**
 * The error page for a failure before any layout could render (e.g. the session
 * check offline): the same message inside a minimal frame with a main landmark.
 */
export function FramedRouteError(props: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
      </header>
      <main id="main" className="main main-narrow">
        <RouteError {...props} />
      </main>
    </div>
  );
}
