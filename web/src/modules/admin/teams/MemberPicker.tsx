import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { TextField } from '../../../ui/TextField';

/**
 * Team members chosen from the organisation's users, with a filter for big
 * organisations. Chosen members stay listed even when the filter hides others.
 */
export function MemberPicker({
  users,
  value,
  onChange,
}: {
  users: User[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const options = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return users
      .filter(
        (u) =>
          !q || value.includes(u.id) || u.displayName.toLowerCase().includes(q) || u.email.toLowerCase().includes(q),
      )
      .map((u) => ({
        id: u.id,
        label: u.status === 'active' ? u.displayName : `${u.displayName} (${t('userStatus.disabled')})`,
      }));
  }, [users, filter, value, t]);
  return (
    <div className="stack">
      <TextField label={t('teams.filterMembers')} type="search" value={filter} onChange={setFilter} />
      <CheckboxGroup
        name="memberIds"
        label={t('teams.members', { count: value.length })}
        options={options}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
