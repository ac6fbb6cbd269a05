import { useEffect } from 'react';
import type { Locale } from '#core/i18n/locales';
import { useUpdateMe } from '../api/session';
import { reconcileAccountLocale } from '../i18n/index';

/** Once per visit: follow the account's language, or save the one picked before signing in. */
export function useAccountLocale(accountLocale: Locale): void {
  const { mutate } = useUpdateMe();
  useEffect(() => {
    void reconcileAccountLocale(accountLocale, true).then((toSave) => {
      if (toSave) mutate({ locale: toSave });
    });
  }, [accountLocale, mutate]);
}
