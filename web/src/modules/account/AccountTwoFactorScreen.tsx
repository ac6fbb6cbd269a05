import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { sessionKey, useMe } from '../../api/session';
import { Alert } from '../../ui/Alert';
import { LinkButton } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { TwoFactorEnrol } from '../auth/TwoFactorEnrol';

/** Turning two-factor on from My account (optional for most roles). */
export function AccountTwoFactorScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  if (me.twoFactorEnabled) {
    // Setting up again would replace a working authenticator; send them back instead.
    return (
      <div className="stack">
        <PageHeader title={t('twoFactor.enrolTitle')} />
        <Alert>{t('twoFactor.alreadyOn')}</Alert>
        <p>
          <LinkButton href="/account">{t('nav.account')}</LinkButton>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <PageHeader title={t('twoFactor.enrolTitle')} />
      <TwoFactorEnrol
        onDone={async () => {
          await queryClient.invalidateQueries({ queryKey: sessionKey });
          await navigate({ to: '/account' });
        }}
      />
    </div>
  );
}
