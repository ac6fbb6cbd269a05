import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import type { ReferralOrigin } from './logic';
import { ReferralForm } from './ReferralForm';

/** A referral made from one of the person's records (a visit, an appointment), not from their page. */
export type RecordOrigin = Exclude<ReferralOrigin, { source: 'client' }>;

/** The referral form in a dialog, for a person and where the referral comes from (null: closed). */
export function ReferDialog({
  referring,
  onClose,
  onSent,
}: {
  referring: { clientId: string; origin: ReferralOrigin } | null;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('referrals.newTitle')} isOpen={referring !== null} onOpenChange={(o) => !o && onClose()}>
      {referring ? <ReferralForm clientId={referring.clientId} origin={referring.origin} onDone={onSent} /> : null}
    </ModalDialog>
  );
}

/**
 * "Refer" on a record of the person's (an appointment), for those who may
 * refer: the referral form in a dialog, the referral remembering the record it
 * came from.
 */
export function ReferButton({ clientId, origin }: { clientId: string; origin: RecordOrigin }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (!can(me.roles, 'referrals.create')) return null;
  return (
    <div className="stack">
      {sent ? <Alert tone="success">{t('referrals.sent')}</Alert> : null}
      <div className="btn-row">
        <Button
          onPress={() => {
            setSent(false);
            setOpen(true);
          }}
        >
          {t('referrals.refer')}
        </Button>
      </div>
      <ReferDialog
        referring={open ? { clientId, origin } : null}
        onClose={() => setOpen(false)}
        onSent={() => {
          setOpen(false);
          setSent(true);
        }}
      />
    </div>
  );
}
