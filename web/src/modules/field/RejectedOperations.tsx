import { useTranslation } from 'react-i18next';
import { outboxChanged, unlockedStore } from '../../offline/state';
import type { OutboxEntry } from '../../offline/store';
import { syncNow } from '../../offline/sync';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';

/**
 * Operations the server refused, with its reason: kept until the user sends
 * one again (once what refused it is put right) or gives it up — never
 * dropped on their own.
 */
export function RejectedOperations({ entries }: { entries: readonly OutboxEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const act = async (run: () => Promise<void>) => {
    await run();
    outboxChanged();
  };
  return (
    <div className="stack">
      <h3>{t('field.rejectedTitle', { count: entries.length })}</h3>
      <ul className="session-list rejected-ops">
        {entries.map((op) => (
          <li key={op.opId} className="session">
            <h4 className="session-device">{t(`field.opTypes.${op.type}`, { defaultValue: op.type })}</h4>
            <dl className="session-facts">
              <dt>{t('field.recordedAt')}</dt>
              <dd>{formatDateTime(op.createdAt, i18n.language)}</dd>
              <dt>{t('field.reason')}</dt>
              <dd>
                {op.reason?.message || op.reason?.code}
                {op.reason?.fields ? (
                  <ul>
                    {Object.entries(op.reason.fields).map(([field, message]) => (
                      <li key={field}>{message}</li>
                    ))}
                  </ul>
                ) : null}
              </dd>
            </dl>
            <div className="btn-row">
              <Button
                onPress={() =>
                  void act(async () => {
                    await unlockedStore()?.retry(op.opId);
                    void syncNow();
                  })
                }
              >
                {t('field.sendAgain')}
              </Button>
              <Button variant="danger" onPress={() => void act(async () => unlockedStore()?.discard(op.opId))}>
                {t('field.discard')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
