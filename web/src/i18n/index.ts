import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { MessageTree } from '#core/i18n/catalogues';
import { asLocale, type Locale, locales } from '#core/i18n/locales';
import { setLanguageSource } from '../api/client';

/** Each language's name in that language, for the switcher. */
export const languageNames: Record<Locale, string> = {
  pl: 'Polski',
  cs: 'Čeština',
  en: 'English',
  uk: 'Українська',
};

const storageKey = 'kontakt.locale';

// Each UI catalogue is its own chunk: a worker downloads only the language they
// use. The API's error catalogues (`errors.*`, `validation.*`, all four languages,
// ~4 KB gzip) are one more chunk fetched in parallel, to keep the entry small.
const loaders: Record<Locale, () => Promise<{ default: MessageTree }>> = {
  pl: () => import('./messages/pl.json'),
  cs: () => import('./messages/cs.json'),
  en: () => import('./messages/en.json'),
  uk: () => import('./messages/uk.json'),
};

function storedLocale(): Locale | undefined {
  try {
    return asLocale(localStorage.getItem(storageKey));
  } catch {
    return undefined; // storage blocked (private mode): fall back to the browser
  }
}

/** The language to start in: the device's last choice, else the browser's, else English. */
export function detectLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = asLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

const webMessages = new Map<Locale, MessageTree>();

async function ensureWebMessages(locale: Locale): Promise<MessageTree> {
  const cached = webMessages.get(locale);
  if (cached) return cached;
  const { default: web } = await loaders[locale]();
  webMessages.set(locale, web);
  return web;
}

/** Deep-merges the UI messages into the API's, so one `t()` reaches both. */
function mergeTrees(base: MessageTree, extra: MessageTree): MessageTree {
  const out: MessageTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? mergeTrees(existing, value) : value;
  }
  return out;
}

async function ensureLoaded(locale: Locale): Promise<void> {
  if (webMessages.has(locale) && i18next.hasResourceBundle(locale, 'translation')) return;
  const web = await ensureWebMessages(locale);
  i18next.addResourceBundle(locale, 'translation', web, true, true);
}

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
}

/** Starts i18next in the given (or detected) language; resolves when its messages are loaded. */
export async function initI18n(locale: Locale = detectLocale()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    const [{ catalogues }] = await Promise.all([import('#core/i18n/catalogues'), ensureWebMessages(locale)]);
    const resources = Object.fromEntries(
      locales.map((l) => [l, { translation: mergeTrees(catalogues[l], webMessages.get(l) ?? {}) }]),
    );
    await i18next.use(initReactI18next).init({
      lng: locale,
      // Every key exists in all four languages (catalogues.test.ts), so there is
      // no fallback to download.
      fallbackLng: false,
      supportedLngs: [...locales],
      resources,
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    i18next.on('languageChanged', applyDocumentLanguage);
    setLanguageSource(() => i18next.resolvedLanguage ?? i18next.language);
  }
  await ensureLoaded(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  applyDocumentLanguage(locale);
  return i18next;
}

/** Switches the UI language and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  await ensureLoaded(locale);
  await i18next.changeLanguage(locale);
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
}

/** The current UI language. */
export function currentLocale(): Locale {
  return asLocale(i18next.language) ?? 'en';
}

export { i18next };

// Whether the user picked a language before signing in (on the sign-in screen):
// that choice wins over the account's saved language and is saved to it.
let chosenWhileSignedOut = false;
let accountLocaleSettled = false;

/** Notes that the user picked a language while signed out. */
export function markLocaleChosen(): void {
  chosenWhileSignedOut = true;
}

/**
 * Reconciles the device's language with the account's, once per visit. When the
 * user picked a language before signing in, that one is returned for saving to
 * the account (only possible with a full session: `canSave`); otherwise the UI
 * switches to the account's language and null is returned.
 */
export async function reconcileAccountLocale(accountLocale: Locale, canSave: boolean): Promise<Locale | null> {
  if (accountLocaleSettled) return null;
  if (chosenWhileSignedOut) {
    if (!canSave) return null;
    accountLocaleSettled = true;
    chosenWhileSignedOut = false;
    const chosen = currentLocale();
    return chosen === accountLocale ? null : chosen;
  }
  accountLocaleSettled = true;
  if (accountLocale !== currentLocale()) await changeLocale(accountLocale);
  return null;
}

/** Forgets the reconciliation (after sign-out), so the next account's language applies. */
export function resetAccountLocale(): void {
  accountLocaleSettled = false;
}
