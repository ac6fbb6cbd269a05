import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '#core/i18n/locales';
import { limits } from '#core/limits';
import { type Discipline, disciplines, type Role, roles } from '#core/roles';
import { userStatuses } from '#core/schemas/users';
import type { Team } from '../../../api/types';
import { languageNames } from '../../../i18n/index';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { codeOptions } from '../shared/options';

export type UserStatus = (typeof userStatuses)[number];

export interface UserValues {
  displayName: string;
  roles: Role[];
  disciplines: Discipline[];
  teamIds: string[];
  locale: Locale;
  status: UserStatus;
}

export interface UserFieldsProps {
  value: UserValues;
  onChange: (next: UserValues) => void;
  teams: Team[];
  /** Status is chosen only when editing; new users start active. */
  showStatus: boolean;
  isDisabled?: boolean;
}

/**
 * The fields a user has in common between "new user" and "edit user". Disciplines
 * appear only for counsellors: they decide which counselling notes a counsellor reads.
 */
export function UserFields({ value, onChange, teams, showStatus, isDisabled }: UserFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof UserValues>(key: K, v: UserValues[K]) => onChange({ ...value, [key]: v });
  const activeTeams = teams.filter((team) => team.active || value.teamIds.includes(team.id));
  return (
    <>
      <TextField
        name="displayName"
        label={t('users.displayName')}
        isRequired
        isDisabled={isDisabled}
        maxLength={limits.nameMax}
        value={value.displayName}
        onChange={(v) => set('displayName', v)}
      />
      <CheckboxGroup<Role>
        name="roles"
        label={t('users.roles')}
        description={t('users.rolesHint')}
        isRequired
        isDisabled={isDisabled}
        options={codeOptions(t, 'roles', roles)}
        value={value.roles}
        onChange={(v) =>
          onChange({ ...value, roles: v, disciplines: v.includes('counsellor') ? value.disciplines : [] })
        }
      />
      {value.roles.includes('counsellor') ? (
        <CheckboxGroup<Discipline>
          name="disciplines"
          label={t('users.disciplines')}
          description={t('users.disciplinesHint')}
          isDisabled={isDisabled}
          options={codeOptions(t, 'disciplines', disciplines)}
          value={value.disciplines}
          onChange={(v) => set('disciplines', v)}
        />
      ) : null}
      {activeTeams.length > 0 ? (
        <CheckboxGroup
          name="teamIds"
          label={t('users.teams')}
          isDisabled={isDisabled}
          options={activeTeams.map((team) => ({ id: team.id, label: team.name }))}
          value={value.teamIds}
          onChange={(v) => set('teamIds', v)}
        />
      ) : null}
      <Select<Locale>
        name="locale"
        label={t('language.label')}
        isDisabled={isDisabled}
        options={locales.map((id) => ({ id, label: languageNames[id] }))}
        value={value.locale}
        onChange={(v) => set('locale', v)}
      />
      {showStatus ? (
        <Select<UserStatus>
          name="status"
          label={t('common.status')}
          description={t('users.statusHint')}
          isDisabled={isDisabled}
          options={codeOptions(t, 'userStatus', userStatuses)}
          value={value.status}
          onChange={(v) => set('status', v)}
        />
      ) : null}
    </>
  );
}
