import { useTranslation } from 'react-i18next';
import type { OneTimePassword } from '../../../api/types';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { CopyButton } from '../../../ui/CopyButton';

/**
 * The one-time password of a new or reset account, shown once: the server keeps
 * only its hash. The user must change it at their first sign-in.
 */
export function OneTimePasswordView({ result, onDone }: { result: OneTimePassword; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Alert tone="warning">{t('users.oneTimeIntro', { email: result.user.email })}</Alert>
      <p className="field-label">{t('users.oneTimePassword')}</p>
      <p className="otp mono">{result.oneTimePassword}</p>
      <div className="btn-row">
        <CopyButton value={result.oneTimePassword} />
        <Button variant="primary" onPress={onDone}>
          {t('common.done')}
        </Button>
      </div>
    </div>
  );
}
