import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../../api/session';
import { nextPath } from '../../app/guards';
import { PageHeader } from '../../ui/PageHeader';
import { TwoFactorEnrol } from './TwoFactorEnrol';

/** Sign-in step for roles that must use two-factor (admin, coordinator) and have not set it up. */
export function TwoFactorEnrolScreen() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/auth/sign-in/two-factor/setup' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <div className="stack">
      <PageHeader title={t('twoFactor.enrolTitle')}>
        <p>{t('twoFactor.enrolRequired')}</p>
      </PageHeader>
      <TwoFactorEnrol
        onDone={async () => {
          // Enabling turned the session full on the server; fetch it to move on.
          const state = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
          await navigate({ href: nextPath(state, search.redirect) });
        }}
      />
    </div>
  );
}
