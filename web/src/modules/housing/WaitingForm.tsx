import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addToWaitingListBody, type WaitingPriority, waitingPriorities } from '#core/schemas/housing';
import { ApiError } from '../../api/errors';
import { useAddToWaitingList, type WaitingListEntry } from '../../api/housing';
import { Button } from '../../ui/Button';
import { ChoiceChips } from '../../ui/ChipGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import type { ChosenPerson } from './housingText';
import { PersonField } from './PersonField';

/**
 * Puts a person on the site's waiting list with a priority (urgent ones are
 * listed first) and the day they asked. Nothing else is written about why.
 */
export function WaitingForm({ siteId, onDone }: { siteId: string; onDone: (entry: WaitingListEntry) => void }) {
  const { t } = useTranslation();
  const add = useAddToWaitingList();
  const form = useSchemaForm(addToWaitingListBody, add.error);
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [priority, setPriority] = useState<WaitingPriority>('normal');
  const [addedOn, setAddedOn] = useState(today);
  const [missing, setMissing] = useState(false);
  const fields = add.error instanceof ApiError ? add.error.fields : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!person) {
      setMissing(true);
      return;
    }
    const body = { clientId: person.id, priority, ...(addedOn && addedOn !== today() ? { addedOn } : {}) };
    if (!form.check(body)) return;
    add.mutate({ siteId, body }, { onSuccess: onDone });
  }

  return (
    <div className="stack">
      <PersonField
        person={person}
        onPerson={(p) => {
          setPerson(p);
          setMissing(false);
          add.reset();
        }}
        problem={fields.clientId ?? null}
        missing={missing}
      />
      <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
        {fields.clientId ? null : <FormError error={add.error} fieldNames={['priority', 'addedOn', 'clientId']} />}
        <ChoiceChips
          name="priority"
          label={t('housing.priority')}
          description={t('housing.priorityHint')}
          options={waitingPriorities.map((id) => ({ id, label: t(`housing.priorities.${id}`) }))}
          value={priority}
          onChange={setPriority}
        />
        <TextField
          name="addedOn"
          type="date"
          label={t('housing.askedOn')}
          description={t('housing.askedOnHint')}
          value={addedOn}
          onChange={setAddedOn}
        />
        <div className="btn-row">
          <Button type="submit" variant="primary" isPending={add.isPending}>
            {t('housing.addToWaitingList')}
          </Button>
          <Button slot="close">{t('common.cancel')}</Button>
        </div>
      </Form>
    </div>
  );
}
