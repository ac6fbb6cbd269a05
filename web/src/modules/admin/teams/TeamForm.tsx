import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createTeamBody, updateTeamBody } from '#core/schemas/places';
import { useCreateTeam, useUpdateTeam } from '../../../api/places';
import type { Team, User } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { MemberPicker } from './MemberPicker';

/** Creates a team, or edits one when `team` is given: name, members, active. */
export function TeamForm({ team, users, onDone }: { team?: Team; users: User[]; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const mutation = team ? update : create;
  const form = useSchemaForm(team ? updateTeamBody : createTeamBody, mutation.error);
  const [name, setName] = useState(team?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);
  const [active, setActive] = useState(team?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim(), memberIds, ...(team ? { active } : {}) };
    if (!form.check(body)) return;
    if (team) update.mutate({ teamId: team.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={['name', 'memberIds', 'active']} />
      <TextField
        name="name"
        label={t('teams.name')}
        isRequired
        maxLength={limits.shortTextMax}
        value={name}
        onChange={setName}
      />
      <MemberPicker users={users} value={memberIds} onChange={setMemberIds} />
      {team ? (
        <Checkbox name="active" isSelected={active} onChange={setActive}>
          {t('common.active')}
        </Checkbox>
      ) : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
