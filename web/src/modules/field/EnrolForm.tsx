import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionKey, useMe } from '../../api/session';
import type { SessionState } from '../../api/types';
import { enrolDevice } from '../../offline/device';
import { syncNow } from '../../offline/sync';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { pinMax, pinMin, pinProblem } from './pin';

/** Makes this browser a field device: a name the user recognises, and the PIN that seals its store. */
export function EnrolForm({ onEnrolled }: { onEnrolled: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = checked ? pinProblem(pin, again) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (pinProblem(pin, again) || !name.trim()) return;
    setPending(true);
    setError(null);
    try {
      const session = queryClient.getQueryData<SessionState>(sessionKey);
      await enrolDevice({ userId: me.id, name: name.trim(), pin, session: { ...session } });
      setPin('');
      setAgain('');
      onEnrolled();
      void syncNow();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <Form
      className="form"
      onSubmit={(e) => void submit(e)}
      validationErrors={
        problem
          ? { [problem === 'mismatch' ? 'pinAgain' : 'pin']: t(`field.pinProblems.${problem}`, { count: pinMin }) }
          : {}
      }
    >
      <FormError error={error} fieldNames={['name']} />
      <TextField
        name="name"
        label={t('field.deviceName')}
        description={t('field.deviceNameHint')}
        maxLength={100}
        isRequired
        value={name}
        onChange={setName}
      />
      <TextField
        name="pin"
        type="password"
        label={t('field.newPin')}
        description={t('field.pinHint', { count: pinMin })}
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={pinMax}
        isRequired
        value={pin}
        onChange={setPin}
      />
      <TextField
        name="pinAgain"
        type="password"
        label={t('field.pinAgain')}
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={pinMax}
        isRequired
        value={again}
        onChange={setAgain}
      />
      <Button type="submit" variant="primary" isPending={pending}>
        {t('field.enrol')}
      </Button>
    </Form>
  );
}
