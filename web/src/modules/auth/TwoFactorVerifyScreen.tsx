import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { useTwoFactorVerify } from '../../api/session';
import { nextPath } from '../../app/guards';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';

/** Sign-in step with two-factor on: a 6-digit code, or one of the recovery codes. */
export function TwoFactorVerifyScreen() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/auth/sign-in/two-factor' });
  const navigate = useNavigate();
  const verify = useTwoFactorVerify();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = useRecovery ? { recoveryCode: value.trim() } : { code: value.trim() };
    verify.mutate(body, {
      onSuccess: (state) => void navigate({ href: nextPath(state, search.redirect) }),
      onError: () => setValue(''),
    });
  }

  const field = useRecovery ? 'recoveryCode' : 'code';
  return (
    <div className="stack">
      <PageHeader title={t('twoFactor.verifyTitle')}>
        <p>{useRecovery ? t('twoFactor.verifyRecoveryIntro') : t('twoFactor.verifyIntro')}</p>
      </PageHeader>
      <Form className="form" onSubmit={submit} validationErrors={fieldErrors(verify.error)}>
        <FormError error={verify.error} fieldNames={[field]} />
        {useRecovery ? (
          <TextField
            key="recovery"
            name="recoveryCode"
            label={t('twoFactor.recoveryCode')}
            autoComplete="off"
            pattern="[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}"
            maxLength={11}
            isRequired
            value={value}
            onChange={setValue}
          />
        ) : (
          <TextField
            key="code"
            name="code"
            label={t('twoFactor.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={limits.totpCodeLength}
            isRequired
            autoFocus
            value={value}
            onChange={(v) => setValue(v.replace(/\D/g, ''))}
          />
        )}
        <Button type="submit" variant="primary" isPending={verify.isPending}>
          {t('twoFactor.verify')}
        </Button>
      </Form>
      <Button
        variant="quiet"
        onPress={() => {
          setUseRecovery((r) => !r);
          setValue('');
          verify.reset();
        }}
      >
        {useRecovery ? t('twoFactor.useAppCode') : t('twoFactor.useRecoveryCode')}
      </Button>
    </div>
  );
}
