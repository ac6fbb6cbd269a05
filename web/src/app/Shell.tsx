import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import type { Me } from '../api/types';
import { FieldRuntime } from '../modules/field/FieldRuntime';
import { OfflineBanner } from '../modules/field/OfflineBanner';
import { SavedNotice } from '../modules/field/SavedNotice';
import { SyncBadge } from '../modules/field/SyncBadge';
import { AriaProviders } from './AriaProviders';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavList } from './NavList';
import { OnlineStatus } from './OnlineStatus';
import { ThemeToggle } from './ThemeToggle';
import { UserMenu } from './UserMenu';
import { useAccountLocale } from './useAccountLocale';

/**
 * The signed-in frame: skip link, header, role-based navigation (a menu on
 * phones, a sidebar from tablet width) and the main landmark.
 */
export function Shell() {
  const { data } = useSession();
  // Signing out (or a lost session) clears the user a moment before the router
  // leaves for the sign-in screen: render nothing rather than a half-empty frame.
  return data?.user ? <ShellFrame me={data.user} /> : null;
}

function ShellFrame({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [navOpen, setNavOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useAccountLocale(me.locale);

  // After client-side navigation, close the phone menu and move focus to the new
  // screen so screen-reader users hear it (a full page load would do that).
  useEffect(() => {
    setNavOpen(false);
    if (firstPath.current !== pathname) mainRef.current?.focus();
    firstPath.current = pathname;
  }, [pathname]);

  return (
    <AriaProviders>
      <div className="shell">
        <a href="#main" className="skip-link">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <button
            type="button"
            className="btn btn-quiet nav-toggle"
            aria-expanded={navOpen}
            aria-controls="app-nav"
            onClick={() => setNavOpen((open) => !open)}
          >
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
              <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span className="nav-toggle-label">{t('nav.menu')}</span>
          </button>
          <span className="app-name">{t('app.name')}</span>
          <div className="header-tools">
            <SyncBadge />
            <OnlineStatus />
            <LanguageSwitcher className="header-language" />
            <ThemeToggle />
            <UserMenu />
          </div>
        </header>
        <OfflineBanner />
        <SavedNotice />
        <FieldRuntime />
        <div className="shell-body">
          <nav id="app-nav" className={navOpen ? 'app-nav open' : 'app-nav'} aria-label={t('nav.label')}>
            <NavList roles={me.roles} />
            {/* On phones the header has no room for the language; it lives here. */}
            <LanguageSwitcher className="nav-language" showLabel />
          </nav>
          <main id="main" ref={mainRef} tabIndex={-1} className="main">
            <Outlet />
          </main>
        </div>
      </div>
    </AriaProviders>
  );
}
