import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the document title to "<screen> · Kontakt". Titles name the screen only,
 * never a person, their nickname or code: titles show up in the task switcher,
 * history and notifications where others may see them (ux.md, "Discreet").
 */
export function usePageTitle(screen: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = screen ? `${screen} · ${app}` : app;
  }, [screen, app]);
}
