import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiresTwoFactor } from '#core/roles';
import { useMe, useRegenerateRecoveryCodes, useTwoFactorDisable } from '../../api/session';
import { Alert } from '../../ui/Alert';
import { Button, LinkButton } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { RecoveryCodesView } from '../auth/RecoveryCodesView';
import { PasswordDialog } from './PasswordDialog';

/** Two-factor status with enable, new recovery codes and disable. */
export function TwoFactorPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const disable = useTwoFactorDisable();
  const regenerate = useRegenerateRecoveryCodes();
  const [dialog, setDialog] = useState<'none' | 'disable' | 'regenerate'>('none');
  const mandatory = requiresTwoFactor(me.roles);
  const close = () => {
    setDialog('none');
    disable.reset();
  };

  return (
    <section aria-labelledby="twofactor-title" className="panel stack">
      <h2 id="twofactor-title">{t('twoFactor.title')}</h2>
      <p>
        <span className={me.twoFactorEnabled ? 'badge badge-on' : 'badge'}>
          {me.twoFactorEnabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}
        </span>
      </p>
      {mandatory ? <p className="muted">{t('twoFactor.requiredForRole')}</p> : null}
      <div className="btn-row">
        {me.twoFactorEnabled ? (
          <>
            <Button onPress={() => setDialog('regenerate')}>{t('twoFactor.newRecoveryCodes')}</Button>
            {mandatory ? null : (
              <Button variant="danger" onPress={() => setDialog('disable')}>
                {t('twoFactor.disable')}
              </Button>
            )}
          </>
        ) : (
          <LinkButton href="/account/two-factor" variant="primary">
            {t('twoFactor.enable')}
          </LinkButton>
        )}
      </div>
      {disable.isSuccess ? <Alert tone="success">{t('twoFactor.disabled')}</Alert> : null}

      <PasswordDialog
        title={t('twoFactor.disable')}
        intro={t('twoFactor.disableIntro')}
        confirmLabel={t('twoFactor.disable')}
        danger
        isOpen={dialog === 'disable'}
        onOpenChange={(open) => (open ? setDialog('disable') : close())}
        onConfirm={(password) => disable.mutate(password, { onSuccess: () => setDialog('none') })}
        isPending={disable.isPending}
        error={disable.error}
      />
      <PasswordDialog
        title={t('twoFactor.newRecoveryCodes')}
        intro={t('twoFactor.regenerateIntro')}
        confirmLabel={t('twoFactor.newRecoveryCodes')}
        isOpen={dialog === 'regenerate' && !regenerate.data}
        onOpenChange={(open) => (open ? setDialog('regenerate') : setDialog('none'))}
        onConfirm={(password) => regenerate.mutate(password)}
        isPending={regenerate.isPending}
        error={regenerate.error}
      />
      <ModalDialog
        title={t('twoFactor.recoveryTitle')}
        role="alertdialog"
        isOpen={dialog === 'regenerate' && !!regenerate.data}
        onOpenChange={() => undefined}
      >
        {regenerate.data ? (
          <RecoveryCodesView
            codes={regenerate.data.recoveryCodes}
            inDialog
            onDone={() => {
              setDialog('none');
              regenerate.reset();
            }}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
