import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button } from './Button';

/** A neutral "loading" line, announced politely. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

export interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}

/** Renders a query's data, or its loading state, or a retryable error. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isPending && !query.error) return <Loading />;
  return (
    <Alert tone="error">
      <p>{t('common.loadFailed')}</p>
      <Button onPress={() => query.refetch()}>{t('common.retry')}</Button>
    </Alert>
  );
}
