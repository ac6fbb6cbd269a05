import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useTeams } from '../../../api/places';
import { useMe } from '../../../api/session';
import { useUser } from '../../../api/users';
import { TextLink } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { EditUserForm } from './EditUserForm';
import { UserAccessPanel } from './UserAccessPanel';

/** One user's page. The title stays generic: tab titles never carry a person's name. */
export function UserScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const { userId } = useParams({ from: '/app/admin/users/$userId' });
  const user = useUser(userId);
  const teams = useTeams(can(me.roles, 'teams.read'));
  const canManage = can(me.roles, 'users.manage');

  return (
    <div className="stack">
      <p>
        <TextLink href="/admin/users">{t('users.backToList')}</TextLink>
      </p>
      <PageHeader title={canManage ? t('users.editTitle') : t('users.viewTitle')} />
      <QueryState query={user}>
        {(u) => (
          <>
            <EditUserForm key={u.id} user={u} teams={teams.data?.items ?? []} canManage={canManage} />
            <UserAccessPanel user={u} canManage={canManage} canManageSessions={can(me.roles, 'sessions.manage')} />
          </>
        )}
      </QueryState>
    </div>
  );
}
