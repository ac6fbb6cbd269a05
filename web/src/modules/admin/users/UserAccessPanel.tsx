import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { useResetPassword, useRevokeUserSessions, useUserSessions } from '../../../api/users';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { FormError } from '../../../ui/FormError';
import { describeUserAgent, formatDateTime } from '../../../ui/format';
import { OneTimePasswordView } from './OneTimePasswordView';

/**
 * Access of one user: reset their password (a new one-time password) and sign
 * them out everywhere (e.g. a lost phone). Admin-only actions.
 */
export function UserAccessPanel({
  user,
  canManage,
  canManageSessions,
}: {
  user: User;
  canManage: boolean;
  canManageSessions: boolean;
}) {
  const { t, i18n } = useTranslation();
  const reset = useResetPassword(user.id);
  const sessions = useUserSessions(user.id, canManageSessions);
  const revoke = useRevokeUserSessions(user.id);
  const [confirm, setConfirm] = useState<'reset' | 'revoke' | null>(null);
  const close = () => {
    setConfirm(null);
    reset.reset();
  };

  return (
    <section className="panel stack" aria-labelledby="access-title">
      <h2 id="access-title">{t('users.access')}</h2>
      <p>
        {t('twoFactor.title')}: {user.twoFactorEnabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}
        {user.mustChangePassword ? <span className="badge">{t('users.mustChangePassword')}</span> : null}
      </p>
      {canManageSessions && sessions.data ? (
        <>
          <p>{t('users.activeSessions', { count: sessions.data.items.length })}</p>
          <ul className="plain-list">
            {sessions.data.items.map((s) => (
              <li key={s.id}>
                {describeUserAgent(s.userAgent) || t('sessions.unknownDevice')} ·{' '}
                {formatDateTime(s.lastSeenAt, i18n.language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {revoke.isSuccess ? <Alert tone="success">{t('users.signedOutEverywhere')}</Alert> : null}
      <FormError error={revoke.error} />
      <div className="btn-row">
        {canManage ? <Button onPress={() => setConfirm('reset')}>{t('users.resetPassword')}</Button> : null}
        {canManageSessions ? (
          <Button variant="danger" onPress={() => setConfirm('revoke')}>
            {t('users.revokeSessions')}
          </Button>
        ) : null}
      </div>

      <ModalDialog
        title={t('users.resetPassword')}
        role="alertdialog"
        isOpen={confirm === 'reset'}
        onOpenChange={(o) => !o && close()}
      >
        {reset.data ? (
          <OneTimePasswordView result={reset.data} onDone={close} />
        ) : (
          <div className="stack">
            <p>{t('users.resetIntro', { email: user.email })}</p>
            <FormError error={reset.error} />
            <div className="btn-row">
              <Button variant="primary" isPending={reset.isPending} onPress={() => reset.mutate()}>
                {t('users.resetPassword')}
              </Button>
              <Button onPress={close}>{t('common.cancel')}</Button>
            </div>
          </div>
        )}
      </ModalDialog>
      <ModalDialog
        title={t('users.revokeSessions')}
        role="alertdialog"
        isOpen={confirm === 'revoke'}
        onOpenChange={(o) => !o && close()}
      >
        <div className="stack">
          <p>{t('users.revokeIntro', { email: user.email })}</p>
          <div className="btn-row">
            <Button
              variant="danger"
              isPending={revoke.isPending}
              onPress={() => revoke.mutate(undefined, { onSettled: () => setConfirm(null) })}
            >
              {t('users.revokeSessions')}
            </Button>
            <Button onPress={close}>{t('common.cancel')}</Button>
          </div>
        </div>
      </ModalDialog>
    </section>
  );
}
