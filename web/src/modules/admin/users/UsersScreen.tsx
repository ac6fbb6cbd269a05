import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type Role, roles } from '#core/roles';
import { userStatuses } from '#core/schemas/users';
import { useTeams } from '../../../api/places';
import { useMe } from '../../../api/session';
import { useUsers } from '../../../api/users';
import { compact } from '../../../app/search';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { QueryState } from '../../../ui/QueryState';
import { CreateUserForm } from './CreateUserForm';
import type { UserStatus } from './UserFields';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';

const pageSize = 25;

function narrow<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/** Users of the organisation: search, filter by role and status, page; admins add users. */
export function UsersScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/admin/users' });
  const navigate = useNavigate({ from: '/admin/users' });
  const canManage = can(me.roles, 'users.manage');
  const teams = useTeams(can(me.roles, 'teams.read'));
  const [creating, setCreating] = useState(false);
  const users = useUsers({
    q: search.q,
    role: narrow<Role>(search.role, roles),
    status: narrow<UserStatus>(search.status, userStatuses),
    page: search.page ?? 1,
    pageSize,
  });

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.users')}
        actions={
          canManage ? (
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('users.new')}
            </Button>
          ) : null
        }
      />
      <UserFilters value={search} onApply={(next) => void navigate({ search: compact(next) })} />
      <QueryState query={users}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('users.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('users.count', { count: result.total })}
              </p>
              <UsersTable items={result.items} />
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(page) => void navigate({ search: (s) => ({ ...s, page }) })}
              />
            </>
          )
        }
      </QueryState>
      <ModalDialog title={t('users.new')} isOpen={creating} onOpenChange={setCreating} dismissable={false}>
        {creating ? <CreateUserForm teams={teams.data?.items ?? []} onDone={() => setCreating(false)} /> : null}
      </ModalDialog>
    </div>
  );
}
