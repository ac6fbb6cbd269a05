import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralStatusBody } from '#core/schemas/referrals';
import { type Referral, type ReferralStatus, useMoveReferral } from '../../api/referrals';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';

/** Records the partner's answer or the outcome: the day it happened and, if any, the partner's feedback. */
export function StatusForm({
  referral,
  status,
  onDone,
}: {
  referral: Referral;
  status: ReferralStatus;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const move = useMoveReferral();
  const form = useSchemaForm(referralStatusBody, move.error);
  const [on, setOn] = useState(today);
  const [feedback, setFeedback] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { status, on, feedback: feedback.trim() || null };
    if (!form.check(body)) return;
    move.mutate({ id: referral.id, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={move.error} fieldNames={['on', 'feedback']} />
      <p className="lead">
        {t('referrals.serviceAt', { service: referral.serviceName, partner: referral.partnerName })}
      </p>
      <TextField name="on" type="date" label={t('referrals.statusOn')} isRequired value={on} onChange={setOn} />
      <TextField
        name="feedback"
        multiline
        label={t('referrals.feedback')}
        description={t('referrals.feedbackHint')}
        value={feedback}
        onChange={setFeedback}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={move.isPending}>
          {t(`referrals.moves.${status}`)}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
