import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { TextField } from '../../ui/TextField';

/**
 * The free-text fields a card has both when it is recorded and when it is
 * corrected: notes, changes since the last contact, and the follow-up. Their
 * `name`s are the API's field paths, so the server's messages land on them.
 */
export function NotesField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="notes"
      label={t('contacts.notes')}
      description={t('contacts.notesHint')}
      multiline
      maxLength={limits.longTextMax}
      value={value}
      onChange={onChange}
    />
  );
}

export function ChangesField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="changes"
      label={t('contacts.changes')}
      description={t('contacts.changesHint')}
      multiline
      maxLength={limits.longTextMax}
      value={value}
      onChange={onChange}
    />
  );
}

export function FollowUpFields({
  what,
  dueOn,
  onWhat,
  onDueOn,
}: {
  what: string;
  dueOn: string;
  onWhat: (v: string) => void;
  onDueOn: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="followUp.what"
        label={t('contacts.followUpWhat')}
        description={t('contacts.followUpWhatHint')}
        maxLength={limits.shortTextMax}
        value={what}
        onChange={onWhat}
      />
      <TextField name="followUp.dueOn" type="date" label={t('contacts.followUpDue')} value={dueOn} onChange={onDueOn} />
    </>
  );
}
