import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewBody } from '#core/schemas/plans';
import { useAddReview } from '../../api/plans';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';

/** A review of the plan with the person: the day and the progress notes (sealed on the server). */
export function ReviewForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddReview();
  const form = useSchemaForm(reviewBody, add.error);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [notes, setNotes] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reviewedOn, notes };
    if (!form.check(body)) return;
    add.mutate({ planId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={add.error} fieldNames={['reviewedOn', 'notes']} />
      <TextField
        name="reviewedOn"
        type="date"
        label={t('plans.reviewedOn')}
        isRequired
        value={reviewedOn}
        onChange={setReviewedOn}
      />
      <TextField
        name="notes"
        multiline
        label={t('plans.reviewNotes')}
        description={t('plans.reviewNotesHint')}
        isRequired
        value={notes}
        onChange={setNotes}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('plans.saveReview')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
