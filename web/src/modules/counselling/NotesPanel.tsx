import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { type AppointmentDetail, useWriteAppointmentNotes } from '../../api/appointments';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { formatDateTime } from '../../ui/format';
import { TextField } from '../../ui/TextField';
import { useDisciplineName } from './labels';

/**
 * The appointment's notes: written and read only by counsellors of its
 * discipline (the server opens them for nobody else). Everyone else is told
 * whose they are, and whether there are any — never what they say.
 */
export function NotesPanel({ appointment: a }: { appointment: AppointmentDetail }) {
  const { t, i18n } = useTranslation();
  const discipline = useDisciplineName();
  const write = useWriteAppointmentNotes();
  const [notes, setNotes] = useState(a.notes ?? '');
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    write.mutate({ id: a.id, notes }, { onSuccess: () => setSaved(true) });
  }

  return (
    <section className="panel stack" aria-labelledby="appointment-notes">
      <h2 id="appointment-notes">{t('counselling.notes')}</h2>
      {!a.notesReadable ? (
        <p>
          {t('counselling.notesHidden', { discipline: discipline(a.discipline) })}{' '}
          {a.hasNotes ? t('counselling.notesExist') : t('counselling.noNotes')}
        </p>
      ) : a.status === 'cancelled' ? (
        <p>{a.notes ?? t('counselling.noNotes')}</p>
      ) : (
        <Form className="form" onSubmit={submit}>
          <FormError error={write.error} fieldNames={['notes']} />
          <TextField
            name="notes"
            label={t('counselling.notesLabel')}
            description={t('counselling.notesHint', { discipline: discipline(a.discipline) })}
            multiline
            maxLength={limits.longTextMax}
            value={notes}
            onChange={(v) => {
              setNotes(v);
              setSaved(false);
            }}
          />
          {a.notesAt ? (
            <p className="muted">{t('counselling.notesWritten', { at: formatDateTime(a.notesAt, i18n.language) })}</p>
          ) : null}
          <div className="btn-row">
            <Button type="submit" variant="primary" isPending={write.isPending}>
              {t('counselling.saveNotes')}
            </Button>
          </div>
          {saved ? <Alert tone="success">{t('counselling.notesSaved')}</Alert> : null}
        </Form>
      )}
    </section>
  );
}
