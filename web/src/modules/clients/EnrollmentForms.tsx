import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exitReasons, updateEnrollmentBody } from '#core/schemas/enrollments';
import { type Enrollment, useUpdateEnrollment } from '../../api/enrollments';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from './labels';

type ExitReason = (typeof exitReasons)[number];
const none = 'none';

/** Closes a programme episode: the exit date and why (both or neither). */
export function CloseEpisodeForm({ enrollment, onDone }: { enrollment: Enrollment; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateEnrollment();
  const form = useSchemaForm(updateEnrollmentBody, update.error);
  const [exitOn, setExitOn] = useState(today);
  const [exitReason, setExitReason] = useState<ExitReason | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { exitOn, exitReason };
    if (!form.check(body)) return;
    update.mutate({ id: enrollment.id, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={['exitOn', 'exitReason']} />
      <p>{t('enrollments.closeIntro', { programme: t(`enrollments.programmes.${enrollment.programme}`) })}</p>
      <TextField
        name="exitOn"
        type="date"
        label={t('enrollments.exitOn')}
        isRequired
        value={exitOn}
        onChange={setExitOn}
      />
      <Select
        name="exitReason"
        label={t('enrollments.exitReason')}
        isRequired
        options={exitReasons.map((id) => ({ id, label: t(`enrollments.exitReasons.${id}`) }))}
        value={exitReason}
        onChange={setExitReason}
      />
      <div className="btn-row">
        <Button type="submit" variant="danger" isPending={update.isPending}>
          {t('enrollments.close')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

/** The engagement date (when deliberate work began) and the exit, or reopening by clearing the exit. */
export function EditEpisodeForm({ enrollment, onDone }: { enrollment: Enrollment; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateEnrollment();
  const form = useSchemaForm(updateEnrollmentBody, update.error);
  const [engagementOn, setEngagementOn] = useState(enrollment.engagementOn ?? '');
  const [exitOn, setExitOn] = useState(enrollment.exitOn ?? '');
  const [exitReason, setExitReason] = useState<ExitReason | typeof none>(enrollment.exitReason ?? none);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      engagementOn: engagementOn || null,
      exitOn: exitOn || null,
      exitReason: exitReason === none ? null : exitReason,
    };
    if (!form.check(body)) return;
    update.mutate({ id: enrollment.id, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={['engagementOn', 'exitOn', 'exitReason']} />
      <TextField
        name="engagementOn"
        type="date"
        label={t('enrollments.engagementOn')}
        description={t('enrollments.engagementHint')}
        value={engagementOn}
        onChange={setEngagementOn}
      />
      <TextField
        name="exitOn"
        type="date"
        label={t('enrollments.exitOn')}
        description={t('enrollments.exitHint')}
        value={exitOn}
        onChange={setExitOn}
      />
      <Select
        name="exitReason"
        label={t('enrollments.exitReason')}
        options={[
          { id: none, label: t('enrollments.noExit') },
          ...exitReasons.map((id) => ({ id, label: t(`enrollments.exitReasons.${id}`) })),
        ]}
        value={exitReason}
        onChange={setExitReason}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
