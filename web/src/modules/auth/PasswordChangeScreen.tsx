import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { useChangePassword } from '../../api/session';
import { nextPath } from '../../app/guards';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';

/** First sign-in with a one-time password: the user chooses their own. */
export function PasswordChangeScreen() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/auth/sign-in/password' });
  const navigate = useNavigate();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      { onSuccess: (state) => void navigate({ href: nextPath(state, search.redirect) }) },
    );
  }

  return (
    <div className="stack">
      <PageHeader title={t('auth.passwordChangeTitle')}>
        <p>{t('auth.passwordChangeIntro')}</p>
      </PageHeader>
      <Form className="form" onSubmit={submit} validationErrors={fieldErrors(change.error)}>
        <FormError error={change.error} fieldNames={['currentPassword', 'newPassword']} />
        <TextField
          name="currentPassword"
          type="password"
          label={t('auth.oneTimePassword')}
          autoComplete="current-password"
          isRequired
          value={currentPassword}
          onChange={setCurrent}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('auth.newPassword')}
          description={t('auth.passwordHint', { count: limits.passwordMin })}
          autoComplete="new-password"
          minLength={limits.passwordMin}
          maxLength={limits.passwordMax}
          isRequired
          value={newPassword}
          onChange={setNew}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          isRequired
          value={confirm}
          onChange={setConfirm}
          validate={(value) => (value && value !== newPassword ? t('auth.passwordsDiffer') : null)}
        />
        <Button type="submit" variant="primary" isPending={change.isPending}>
          {t('auth.savePassword')}
        </Button>
      </Form>
    </div>
  );
}
