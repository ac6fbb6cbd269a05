import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createUserBody } from '#core/schemas/users';
import type { Team } from '../../../api/types';
import { useCreateUser } from '../../../api/users';
import { currentLocale } from '../../../i18n/index';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { OneTimePasswordView } from './OneTimePasswordView';
import { UserFields, type UserValues } from './UserFields';

const fieldNames = ['email', 'displayName', 'roles', 'disciplines', 'teamIds', 'locale'];

/** New user: details, then their one-time password (shown once). */
export function CreateUserForm({ teams, onDone }: { teams: Team[]; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useSchemaForm(createUserBody, create.error);
  const [email, setEmail] = useState('');
  const [values, setValues] = useState<UserValues>({
    displayName: '',
    roles: [],
    disciplines: [],
    teamIds: [],
    locale: currentLocale(),
    status: 'active',
  });

  if (create.data) return <OneTimePasswordView result={create.data} onDone={onDone} />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { status: _status, ...rest } = values;
    const body = { email: email.trim(), ...rest, displayName: rest.displayName.trim() };
    if (!form.check(body)) return;
    create.mutate(body);
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={fieldNames} />
      <TextField
        name="email"
        type="email"
        label={t('auth.email')}
        isRequired
        maxLength={limits.emailMax}
        autoComplete="off"
        value={email}
        onChange={setEmail}
      />
      <UserFields value={values} onChange={setValues} teams={teams} showStatus={false} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('users.create')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
