import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetLastUser } from '../../api/session';
import { nextPath } from '../../app/guards';
import { reconcileAccountLocale, resetAccountLocale } from '../../i18n/index';
import { PageHeader } from '../../ui/PageHeader';
import { SignInForm } from './SignInForm';

/** The sign-in screen; on success it goes to the next step of the sequence or back where the user was. */
export function SignInScreen() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/auth/sign-in' });
  const navigate = useNavigate();
  // A new sign-in may be a different person on a shared device: their account's
  // language applies again.
  useEffect(() => {
    resetAccountLocale();
    forgetLastUser();
  }, []);
  return (
    <div className="stack">
      <PageHeader title={t('auth.signInTitle')} />
      <SignInForm
        onSignedIn={async (state) => {
          if (state.user) await reconcileAccountLocale(state.user.locale, false);
          await navigate({ href: nextPath(state, search.redirect) });
        }}
      />
    </div>
  );
}
