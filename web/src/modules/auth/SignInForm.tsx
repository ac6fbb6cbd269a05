import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { useSignIn } from '../../api/session';
import type { SessionState } from '../../api/types';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';

/**
 * Email and password. Any failure shows the server's generic message ("the email
 * or password is wrong"), which never says whether an account exists.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (state: SessionState) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (state) => onSignedIn(state),
        // The password field is cleared after a failure so it is not resent by accident.
        onError: () => setPassword(''),
      },
    );
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={fieldErrors(signIn.error)}>
      <FormError error={signIn.error} fieldNames={['email', 'password']} />
      <TextField
        name="email"
        type="email"
        label={t('auth.email')}
        autoComplete="username"
        inputMode="email"
        maxLength={limits.emailMax}
        isRequired
        value={email}
        onChange={setEmail}
      />
      <TextField
        name="password"
        type="password"
        label={t('auth.password')}
        autoComplete="current-password"
        maxLength={limits.passwordMax}
        isRequired
        value={password}
        onChange={setPassword}
      />
      <Button type="submit" variant="primary" isPending={signIn.isPending}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
