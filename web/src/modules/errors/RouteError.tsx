import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, isForbidden } from '../../api/errors';
import { PageHeader } from '../../ui/PageHeader';
import { NoAccess } from './NoAccess';
import { NotFoundScreen } from './NotFoundScreen';

/** A lazy chunk that failed to download (offline before the screen was ever cached). */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading/i.test(error.message)
  );
}

/**
 * Any error a screen throws lands here: 403 `forbidden` shows the no-access page,
 * 404 the not-found page, anything else a neutral message with a retry (never a
 * stack trace).
 */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  if (isForbidden(error)) return <NoAccess />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundScreen />;
  const chunk = isChunkLoadError(error);
  const offline = error instanceof ApiError && error.code === 'network';
  const message = chunk ? t('routeError.offlineChunk') : offline ? t('app.networkError') : t('errors.internal');
  const retry = () => {
    if (chunk) return window.location.reload();
    // Re-run the route's checks (e.g. the session request that failed offline).
    reset();
    void router.invalidate();
  };
  return (
    <section className="stack">
      <PageHeader title={t('routeError.title')} />
      <div role="alert" className="alert alert-error">
        {message}
      </div>
      <p>
        <button type="button" className="btn btn-primary" onClick={retry}>
          {t('common.retry')}
        </button>
      </p>
    </section>
  );
}
