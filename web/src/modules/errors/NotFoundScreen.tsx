import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** The page for an address that does not exist (or a record that is gone). */
export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section className="stack">
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="btn btn-primary">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
