import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { editableClientStatuses } from '#core/schemas/clients';
import { useCatalogue } from '../../api/catalogues';
import { type ClientChanges, queueClientEdit, type StampedClient } from '../../offline/clientEdits';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { type Option, Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { catalogueLabel } from '../clients/labels';

type EditableStatus = NonNullable<ClientChanges['status']>;

/**
 * Changes a person's pseudonym, target groups or status on a field device
 * without a connection: saved on the phone at once and sent when online, where
 * it merges field by field with what others changed meanwhile.
 */
export function OfflinePersonForm({ person }: { person: StampedClient }) {
  const { t, i18n } = useTranslation();
  const targetGroups = useCatalogue('target_group');
  const [pseudonym, setPseudonym] = useState(person.pseudonym);
  const [groupIds, setGroupIds] = useState<string[]>(person.targetGroupIds);
  const [status, setStatus] = useState<EditableStatus>(
    (editableClientStatuses as readonly string[]).includes(person.status)
      ? (person.status as EditableStatus)
      : 'active',
  );
  const [outcome, setOutcome] = useState<'saved' | 'unchanged' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [missingName, setMissingName] = useState(false);

  const groupOptions: Option[] = (targetGroups.data?.items ?? [])
    .filter((item) => item.active || groupIds.includes(item.id))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item) => ({ id: item.id, label: catalogueLabel(item, i18n.language) }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    setMissingName(!pseudonym.trim());
    if (!pseudonym.trim()) return;
    setPending(true);
    setError(null);
    try {
      const queued = await queueClientEdit(person.id, { pseudonym, targetGroupIds: groupIds, status });
      setOutcome(queued ? 'saved' : 'unchanged');
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <Form
      className="form"
      onSubmit={(e) => void submit(e)}
      validationErrors={missingName ? { pseudonym: t('validation.required') } : {}}
    >
      <FormError error={error} />
      {outcome === 'saved' ? <Alert tone="success">{t('offlinePerson.saved')}</Alert> : null}
      {outcome === 'unchanged' ? <Alert tone="info">{t('offlinePerson.unchanged')}</Alert> : null}
      <TextField
        name="pseudonym"
        label={t('clients.pseudonym')}
        description={t('clients.pseudonymHint')}
        isRequired
        maxLength={limits.pseudonymMax}
        autoComplete="off"
        value={pseudonym}
        onChange={setPseudonym}
      />
      {groupOptions.length > 0 ? (
        <CheckboxGroup
          name="targetGroupIds"
          label={t('clients.targetGroups')}
          options={groupOptions}
          value={groupIds}
          onChange={setGroupIds}
        />
      ) : null}
      <Select<EditableStatus>
        name="status"
        label={t('common.status')}
        options={editableClientStatuses.map((id) => ({ id, label: t(`clients.statuses.${id}`) }))}
        value={status}
        onChange={setStatus}
      />
      <p className="muted">{t('offlinePerson.sentWhenOnline')}</p>
      <Button type="submit" variant="primary" isPending={pending}>
        {t('offlinePerson.save')}
      </Button>
    </Form>
  );
}
