import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { CopyButton } from '../../ui/CopyButton';

/**
 * Recovery codes, shown once. Continuing needs an explicit "I have saved them",
 * because after this screen nobody (not even an admin) can show them again.
 */
export function RecoveryCodesView({
  codes,
  onDone,
  inDialog = false,
}: {
  codes: readonly string[];
  onDone: () => void;
  /** In a dialog the dialog's title already names the codes. */
  inDialog?: boolean;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <section
      className="stack"
      aria-label={inDialog ? t('twoFactor.recoveryTitle') : undefined}
      aria-labelledby={inDialog ? undefined : 'recovery-title'}
    >
      {inDialog ? null : <h2 id="recovery-title">{t('twoFactor.recoveryTitle')}</h2>}
      <p>{t('twoFactor.recoveryIntro', { count: codes.length })}</p>
      <ol className="code-list">
        {codes.map((code) => (
          <li key={code} className="mono">
            {code}
          </li>
        ))}
      </ol>
      <div className="btn-row">
        <CopyButton value={codes.join('\n')} label={t('twoFactor.copyCodes')} />
      </div>
      <Checkbox isSelected={saved} onChange={setSaved}>
        {t('twoFactor.savedConfirm')}
      </Checkbox>
      <Button variant="primary" isDisabled={!saved} onPress={onDone}>
        {t('common.continue')}
      </Button>
    </section>
  );
}
