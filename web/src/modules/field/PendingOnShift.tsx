import { useTranslation } from 'react-i18next';
import { useFieldState } from './useFieldState';

/**
 * On a field device, how many of this shift's cards are still on the phone:
 * the shift's contact list comes from the server and shows them once they land.
 */
export function PendingOnShift({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation();
  const { outbox } = useFieldState();
  const waiting = outbox.filter(
    (op) => op.type === 'contact.record' && op.state === 'pending' && op.payload.shiftId === shiftId,
  ).length;
  if (waiting === 0) return null;
  return (
    <dl className="facts pending-on-shift">
      <dt>{t('field.pendingOnShift')}</dt>
      <dd>{waiting}</dd>
    </dl>
  );
}
