import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '#core/roles';
import { userStatuses } from '#core/schemas/users';
import type { UsersSearch } from '../../../app/search';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { codeOptions } from '../shared/options';

const all = 'all';

/** Search text (applied on Enter or the button) and role/status filters (applied at once). */
export function UserFilters({ value, onApply }: { value: UsersSearch; onApply: (next: UsersSearch) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  const apply = (patch: Partial<UsersSearch>) =>
    onApply({ ...value, q: q.trim() || undefined, ...patch, page: undefined });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({});
  }

  return (
    <Form className="filters" role="search" onSubmit={submit}>
      <TextField
        name="q"
        type="search"
        label={t('users.search')}
        description={t('users.searchHint')}
        value={q}
        onChange={setQ}
      />
      <Select
        name="role"
        label={t('users.role')}
        options={[{ id: all, label: t('users.allRoles') }, ...codeOptions(t, 'roles', roles)]}
        value={value.role ?? all}
        onChange={(role) => apply({ role: role === all ? undefined : role })}
      />
      <Select
        name="status"
        label={t('common.status')}
        options={[{ id: all, label: t('users.allStatuses') }, ...codeOptions(t, 'userStatus', userStatuses)]}
        value={value.status ?? all}
        onChange={(status) => apply({ status: status === all ? undefined : status })}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary">
          {t('common.search')}
        </Button>
      </div>
    </Form>
  );
}
