import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/**
 * Shown at the requested address when the user's roles do not allow the screen:
 * no redirect, so the address still says what was asked for and Back works.
 * (Router links, not react-aria ones: this page is part of the entry bundle.)
 */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <section className="stack">
      <PageHeader title={t('noAccess.title')} />
      <p>{t('noAccess.body')}</p>
      <p>
        <Link to="/" className="btn btn-primary">
          {t('noAccess.home')}
        </Link>
      </p>
    </section>
  );
}
