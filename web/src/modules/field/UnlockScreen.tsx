import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionKey } from '../../api/session';
import { loadFieldMode, unlockDevice } from '../../offline/device';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { pinMax } from './pin';
import { useFieldState, useOnline } from './useFieldState';

/**
 * The lock of a field device: the PIN opens the phone's store, with or without
 * a connection. Nothing of the store is readable before (privacy-security.md).
 */
export function UnlockScreen() {
  const { t } = useTranslation();
  const { redirect } = useSearch({ from: '/auth/unlock' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const online = useOnline();
  const { status } = useFieldState();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<'wrong_pin' | 'too_old' | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    void loadFieldMode();
  }, []);

  useEffect(() => {
    if (status.kind === 'unlocked' || status.kind === 'none') void navigate({ href: redirect ?? '/', replace: true });
  }, [status.kind, navigate, redirect]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const result = await unlockDevice(pin, navigator.onLine);
      setPin('');
      if (result === 'wrong_pin' || result === 'too_old') return setProblem(result);
      // Who is signed in is asked again: the server online, the store offline.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    } finally {
      setPending(false);
    }
  }

  const tooOld = status.kind === 'locked' && status.tooOld;
  return (
    <div className="stack">
      <PageHeader title={t('field.unlockTitle')}>
        <p className="muted">{t('field.unlockHint')}</p>
      </PageHeader>
      {tooOld ? <Alert tone="warning">{online ? t('field.tooOldOnline') : t('field.tooOldOffline')}</Alert> : null}
      {problem === 'wrong_pin' ? <Alert tone="error">{t('field.wrongPin')}</Alert> : null}
      {problem === 'too_old' ? <Alert tone="error">{t('field.tooOldOffline')}</Alert> : null}
      <Form className="form" onSubmit={(e) => void submit(e)}>
        <TextField
          name="pin"
          type="password"
          label={t('field.pin')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={pinMax}
          isRequired
          autoFocus
          value={pin}
          onChange={setPin}
        />
        <Button type="submit" variant="primary" isPending={pending}>
          {t('field.unlock')}
        </Button>
      </Form>
    </div>
  );
}
