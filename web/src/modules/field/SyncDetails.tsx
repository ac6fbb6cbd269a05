import { useTranslation } from 'react-i18next';
import { syncNow } from '../../offline/sync';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { RejectedOperations } from './RejectedOperations';
import { useFieldState, useOnline } from './useFieldState';

/** What the outbox holds, when the phone last reached the server, what went wrong, and "sync now". */
export function SyncDetails() {
  const { t, i18n } = useTranslation();
  const { sync, outbox } = useFieldState();
  const online = useOnline();
  const pending = outbox.filter((op) => op.state === 'pending').length;
  const rejected = outbox.filter((op) => op.state === 'rejected');
  return (
    <div className="stack">
      <dl className="session-facts sync-facts">
        <dt>{t('field.pendingLabel')}</dt>
        <dd>{t('field.pending', { count: pending })}</dd>
        <dt>{t('field.lastSyncAt')}</dt>
        <dd>{sync.lastSyncAt ? formatDateTime(sync.lastSyncAt, i18n.language) : t('field.never')}</dd>
      </dl>
      {sync.progress !== null ? (
        <div className="stack">
          <label htmlFor="first-download">{t('field.downloading')}</label>
          <progress id="first-download" max={100} value={Math.round(sync.progress * 100)}>
            {Math.round(sync.progress * 100)} %
          </progress>
        </div>
      ) : null}
      {sync.problem && online ? (
        <Alert tone="warning">{t(sync.problem === 'network' ? 'field.problemNetwork' : 'field.problemServer')}</Alert>
      ) : null}
      <div className="btn-row">
        <Button variant="primary" isPending={sync.running} onPress={() => void syncNow()} isDisabled={!online}>
          {t('field.syncNow')}
        </Button>
      </div>
      <RejectedOperations entries={rejected} />
    </div>
  );
}
