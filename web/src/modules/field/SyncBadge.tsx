import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { SyncDetails } from './SyncDetails';
import { useFieldState } from './useFieldState';

/**
 * The header's sync badge on a field device: how many writes wait for the
 * server, and a mark when some need attention; it opens the details.
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const { status, outbox, sync } = useFieldState();
  const [open, setOpen] = useState(false);
  if (status.kind !== 'unlocked') return null;
  const pending = outbox.filter((op) => op.state === 'pending').length;
  const rejected = outbox.filter((op) => op.state === 'rejected').length;
  const label =
    rejected > 0
      ? t('field.badgeAttention', { count: rejected })
      : pending > 0
        ? t('field.pending', { count: pending })
        : t('field.badgeSynced');
  return (
    <>
      <Button
        variant="quiet"
        className={rejected > 0 ? 'sync-badge sync-attention' : 'sync-badge'}
        onPress={() => setOpen(true)}
        aria-label={t('field.badgeLabel', { state: label })}
      >
        <span aria-hidden="true" className={sync.running ? 'sync-dot sync-running' : 'sync-dot'} />
        <span className="sync-count">{rejected > 0 ? `! ${rejected}` : pending}</span>
      </Button>
      <ModalDialog title={t('field.syncTitle')} isOpen={open} onOpenChange={setOpen}>
        <p role="status">{label}</p>
        <SyncDetails />
        <div className="btn-row">
          <Button onPress={() => setOpen(false)}>{t('common.close')}</Button>
        </div>
      </ModalDialog>
    </>
  );
}
