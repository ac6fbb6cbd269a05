import { useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

// react-aria's own strings and date/number formats follow the UI language.
const ariaLocales: Record<string, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB', uk: 'uk-UA' };

/**
 * react-aria links and menus navigate through TanStack Router (client-side, no
 * page reloads), and react-aria speaks the UI language. Used by the two layouts
 * rather than the root, so react-aria stays out of the entry bundle.
 */
export function AriaProviders({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { i18n } = useTranslation();
  return (
    <RouterProvider navigate={(href) => router.navigate({ href })} useHref={(href) => href}>
      <I18nProvider locale={ariaLocales[i18n.language] ?? 'en-GB'}>{children}</I18nProvider>
    </RouterProvider>
  );
}
