import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AriaProviders } from './AriaProviders';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeToggle } from './ThemeToggle';

/** The frame of the sign-in steps: app name, language and theme, one centred card. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <AriaProviders>
      <div className="shell">
        <a href="#main" className="skip-link">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <span className="app-name">{t('app.name')}</span>
          <div className="header-tools">
            <LanguageSwitcher />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="main main-narrow">
          <div className="card">
            <Outlet />
          </div>
        </main>
      </div>
    </AriaProviders>
  );
}
