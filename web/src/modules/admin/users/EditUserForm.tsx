import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateUserBody } from '#core/schemas/users';
import type { Team, User } from '../../../api/types';
import { useUpdateUser } from '../../../api/users';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { UserFields, type UserValues } from './UserFields';

const fieldNames = ['displayName', 'roles', 'disciplines', 'teamIds', 'locale', 'status'];

/** Edits a user's name, roles, disciplines, teams, language and status. Read-only without users.manage. */
export function EditUserForm({ user, teams, canManage }: { user: User; teams: Team[]; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const form = useSchemaForm(updateUserBody, update.error);
  const [values, setValues] = useState<UserValues>({
    displayName: user.displayName,
    roles: user.roles,
    disciplines: user.disciplines,
    teamIds: user.teamIds,
    locale: user.locale,
    status: user.status,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { ...values, displayName: values.displayName.trim() };
    if (!form.check(body)) return;
    update.mutate(body);
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={fieldNames} />
      {update.isSuccess ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <p>
        {t('auth.email')}: <strong>{user.email}</strong>
      </p>
      <UserFields value={values} onChange={setValues} teams={teams} showStatus isDisabled={!canManage} />
      {canManage ? (
        <div className="btn-row">
          <Button type="submit" variant="primary" isPending={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      ) : null}
    </Form>
  );
}
