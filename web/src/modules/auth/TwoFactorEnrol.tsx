import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { useTwoFactorEnable, useTwoFactorSetup } from '../../api/session';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { Loading } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { RecoveryCodesView } from './RecoveryCodesView';

/** The server's QR code as an <img> source: never injected as markup (CSP, XSS). */
export function svgDataUri(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Groups a secret in fours so it can be typed into an authenticator by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-factor enrolment: scan the QR code (or type the secret), confirm with a
 * code, then save the recovery codes. `onDone` runs after the codes are saved.
 */
export function TwoFactorEnrol({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useTwoFactorSetup();
  const enable = useTwoFactorEnable();
  const [code, setCode] = useState('');
  const started = useRef(false);

  useEffect(() => {
    // Once per mount, also under StrictMode's double effects: each setup call
    // makes a new secret, and the one shown must be the one the server keeps.
    if (started.current) return;
    started.current = true;
    setup.mutate();
  }, [setup]);

  if (enable.data) return <RecoveryCodesView codes={enable.data.recoveryCodes} onDone={onDone} />;
  if (setup.error) {
    return (
      <div className="stack">
        <FormError error={setup.error} />
        <Button onPress={() => setup.mutate()}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (!setup.data) return <Loading />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    enable.mutate(code.trim());
  }

  return (
    <div className="stack">
      <ol className="steps">
        <li>{t('twoFactor.stepInstall')}</li>
        <li>
          <p>{t('twoFactor.stepScan')}</p>
          <img className="qr" src={svgDataUri(setup.data.qrSvg)} alt={t('twoFactor.qrAlt')} width={200} height={200} />
          <p>{t('twoFactor.manualEntry')}</p>
          <p className="secret mono">{grouped(setup.data.secret)}</p>
          <CopyButton value={setup.data.secret} label={t('twoFactor.copySecret')} />
        </li>
        <li>{t('twoFactor.stepCode')}</li>
      </ol>
      <Form className="form" onSubmit={submit} validationErrors={fieldErrors(enable.error)}>
        <FormError error={enable.error} fieldNames={['code']} />
        <TextField
          name="code"
          label={t('twoFactor.code')}
          description={t('twoFactor.codeHint', { count: limits.totpCodeLength })}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={limits.totpCodeLength}
          isRequired
          value={code}
          onChange={(v) => setCode(v.replace(/\D/g, ''))}
        />
        <Button type="submit" variant="primary" isPending={enable.isPending}>
          {t('twoFactor.enable')}
        </Button>
      </Form>
    </div>
  );
}
