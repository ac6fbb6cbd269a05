/** Light or dark theme: the system preference, unless the user chose one on this device. */
export type Theme = 'light' | 'dark';

const storageKey = 'kontakt.theme';

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme in effect now. */
export function currentTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

/**
 * Applies a stored choice to <html data-theme>. Runs from main.tsx before the
 * first render (the CSP forbids the usual inline head script, so this is as early
 * as it can be).
 */
export function applyStoredTheme(): void {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

export function setTheme(theme: Theme): void {
  try {
    // Choosing what the system already says clears the override, so the app
    // follows the system again (e.g. automatic dark mode at night).
    if (theme === systemTheme()) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, theme);
  } catch {
    // storage blocked: apply for this visit only
  }
  document.documentElement.dataset.theme = theme;
}
