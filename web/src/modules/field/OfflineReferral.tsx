import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ReferDialog } from '../referrals/ReferButton';
import { useFieldState } from './useFieldState';

/**
 * Referring the person to a partner's service offline (S5 step 2: to the
 * social welfare centre), with the same form as online: the services come
 * from the directory this phone holds, and the referral — with the consent and
 * the items shared — waits in the outbox until the phone is online.
 */
export function OfflineReferral({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { status, outbox } = useFieldState();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (status.kind !== 'unlocked') return null;
  const directoryHeld = status.store.all('partner_service').length > 0;
  const waiting = outbox.filter(
    (op) => op.state === 'pending' && op.type === 'referral.create' && op.payload.clientId === clientId,
  ).length;

  return (
    <section className="panel stack" aria-labelledby="offline-referral-title">
      <h2 id="offline-referral-title">{t('offlineWork.referralTitle')}</h2>
      {saved ? <Alert tone="success">{t('offlineWork.referralSaved')}</Alert> : null}
      {waiting > 0 ? <p className="muted">{t('offlineWork.referralsWaiting', { count: waiting })}</p> : null}
      {directoryHeld ? (
        <div className="btn-row">
          <Button
            onPress={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('referrals.refer')}
          </Button>
        </div>
      ) : (
        <p>{t('offlineWork.noDirectory')}</p>
      )}
      <ReferDialog
        referring={open ? { clientId, origin: { source: 'client' } } : null}
        onClose={() => setOpen(false)}
        onSent={() => {
          setOpen(false);
          setSaved(true);
        }}
      />
    </section>
  );
}
