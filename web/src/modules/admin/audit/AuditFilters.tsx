import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import type { AuditSearch } from '../../../app/search';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';

const everyone = 'all';

/** Filters of the audit trail; applied on submit so typing does not fire a query per key. */
export function AuditFilters({
  value,
  users,
  onApply,
}: {
  value: AuditSearch;
  users: User[];
  onApply: (next: AuditSearch) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const [actorId, setActorId] = useState(value.actorId ?? everyone);
  const [action, setAction] = useState(value.action ?? '');
  const [entityType, setEntityType] = useState(value.entityType ?? '');
  const [entityId, setEntityId] = useState(value.entityId ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      from: from || undefined,
      to: to || undefined,
      actorId: actorId === everyone ? undefined : actorId,
      action: action.trim() || undefined,
      entityType: entityType.trim() || undefined,
      entityId: entityId.trim() || undefined,
    });
  }

  const actorOptions = [
    { id: everyone, label: t('audit.everyone') },
    ...users.map((u) => ({ id: u.id, label: u.displayName })),
  ];
  return (
    <Form className="filters" onSubmit={submit} aria-label={t('audit.filters')}>
      <TextField name="from" type="date" label={t('audit.from')} value={from} onChange={setFrom} />
      <TextField name="to" type="date" label={t('audit.to')} value={to} onChange={setTo} />
      <Select name="actorId" label={t('audit.actor')} options={actorOptions} value={actorId} onChange={setActorId} />
      <TextField
        name="action"
        label={t('audit.action')}
        description={t('audit.actionHint')}
        value={action}
        onChange={setAction}
      />
      <TextField name="entityType" label={t('audit.entityType')} value={entityType} onChange={setEntityType} />
      <TextField name="entityId" label={t('audit.entityId')} value={entityId} onChange={setEntityId} />
      <div className="btn-row">
        <Button type="submit" variant="primary">
          {t('common.applyFilters')}
        </Button>
      </div>
    </Form>
  );
}
