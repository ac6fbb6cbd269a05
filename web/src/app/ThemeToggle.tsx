import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentTheme, setTheme } from './theme';

/** A dark-theme switch (a toggle button); it starts from the system setting until the user chooses. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [dark, setDark] = useState(() => currentTheme() === 'dark');
  return (
    <button
      type="button"
      className="btn btn-quiet icon-button"
      aria-pressed={dark}
      aria-label={t('theme.dark')}
      title={t('theme.dark')}
      onClick={() => {
        setDark(!dark);
        setTheme(dark ? 'light' : 'dark');
      }}
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
        <path
          d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"
          fill={dark ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
    </button>
  );
}
