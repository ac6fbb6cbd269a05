import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { requiresTwoFactor } from '#core/roles';
import { useMe } from '../../api/session';
import { visibleNavItems } from '../../app/navigation';
import { PageHeader } from '../../ui/PageHeader';

/**
 * The start screen: a welcome that fits the user's roles and the screens they can
 * open. Router links rather than react-aria ones: this is the first screen of a
 * signed-in worker, and plain links need none of react-aria's press handling.
 */
export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const roleNames = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    me.roles.map((role) => t(`roles.${role}`)),
  );
  const items = visibleNavItems(me.roles).filter((item) => item.to !== '/');
  return (
    <div className="stack">
      <PageHeader title={t('home.title')}>
        <p className="lead">{t('home.welcome', { name: me.displayName })}</p>
      </PageHeader>
      <section aria-labelledby="home-roles" className="stack">
        <h2 id="home-roles">{t('home.yourRoles', { count: me.roles.length, roles: roleNames })}</h2>
        <ul className="plain-list">
          {me.roles.map((role) => (
            <li key={role}>{t(`roleSummaries.${role}`)}</li>
          ))}
        </ul>
      </section>
      {!me.twoFactorEnabled && !requiresTwoFactor(me.roles) ? (
        <p className="alert alert-info">
          {t('home.twoFactorHint')}{' '}
          <Link to="/account/two-factor" className="link">
            {t('home.twoFactorLink')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="home-links">
        <h2 id="home-links">{t('home.whatYouCanDo')}</h2>
        <ul className="card-grid">
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="nav-card">
                <span className="nav-card-title">{t(item.labelKey)}</span>
                <span className="nav-card-text">{t(item.descriptionKey)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
