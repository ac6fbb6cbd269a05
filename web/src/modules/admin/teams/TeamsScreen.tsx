import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useTeams } from '../../../api/places';
import { useMe } from '../../../api/session';
import type { Team } from '../../../api/types';
import { useAllUsers } from '../../../api/users';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { ModalDialog } from '../../../ui/Dialog';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { ActiveBadge } from '../shared/ActiveBadge';
import { EditButton } from '../shared/EditButton';
import { TeamForm } from './TeamForm';

/** Teams and their members (the default team of a shift comes from here). */
export function TeamsScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const teams = useTeams();
  const canManage = can(me.roles, 'teams.manage');
  const users = useAllUsers(can(me.roles, 'users.read'));
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const names = useMemo(() => new Map((users.data?.items ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.teams')}
        actions={
          canManage ? (
            <Button variant="primary" onPress={() => setEditing('new')}>
              {t('teams.new')}
            </Button>
          ) : null
        }
      />
      <QueryState query={teams}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('teams.empty')}</p>
          ) : (
            <DataTable caption={t('nav.teams')}>
              <thead>
                <tr>
                  <th scope="col">{t('teams.name')}</th>
                  <th scope="col">{t('teams.membersColumn')}</th>
                  <th scope="col">{t('common.status')}</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((team) => (
                  <tr key={team.id}>
                    <th scope="row">{team.name}</th>
                    <td>
                      {team.memberIds.length === 0
                        ? t('teams.noMembers')
                        : list.format(team.memberIds.map((id) => names.get(id) ?? t('teams.unknownMember')))}
                    </td>
                    <td>
                      <ActiveBadge active={team.active} />
                    </td>
                    {canManage ? (
                      <td>
                        <EditButton name={team.name} onPress={() => setEditing(team)} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
      <ModalDialog
        title={editing === 'new' ? t('teams.new') : t('teams.edit')}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing !== null ? (
          <TeamForm
            team={editing === 'new' ? undefined : editing}
            users={users.data?.items ?? []}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
