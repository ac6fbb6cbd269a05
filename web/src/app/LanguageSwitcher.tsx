import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asLocale, locales } from '#core/i18n/locales';
import { useSession, useUpdateMe } from '../api/session';
import { changeLocale, currentLocale, languageNames, markLocaleChosen } from '../i18n/index';

/**
 * The UI language, each named in its own language. The choice is kept on this
 * device and, when signed in, saved to the account so other devices follow.
 * A native <select>: on phones it opens the system picker, and it keeps the
 * header's JavaScript small (it is part of every first screen).
 */
export function LanguageSwitcher({ className = '', showLabel = false }: { className?: string; showLabel?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { data: session } = useSession();
  const updateMe = useUpdateMe();
  return (
    <span className={`language-switcher ${className}`}>
      <label htmlFor={id} className={showLabel ? 'field-label' : 'visually-hidden'}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="input native-select"
        value={currentLocale()}
        onChange={async (event) => {
          const locale = asLocale(event.target.value);
          if (!locale) return;
          await changeLocale(locale);
          if (session?.authenticated && session.stage === 'full') updateMe.mutate({ locale });
          else markLocaleChosen();
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </select>
    </span>
  );
}
