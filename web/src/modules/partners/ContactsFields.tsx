import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { type ContactValues, emptyContact } from './values';

/**
 * The partner's contact persons, each in its own group of fields: a
 * professional's work name, role, email and phone — never a client's.
 */
export function ContactsFields({
  value,
  onChange,
}: {
  value: readonly ContactValues[];
  onChange: (next: ContactValues[]) => void;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<ContactValues>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <fieldset className="partner-fieldset">
      <legend className="field-label">{t('partners.contacts')}</legend>
      <p className="field-description">{t('partners.contactsHint')}</p>
      {value.map((contact, index) => {
        const n = String(index + 1);
        const path = `contacts.${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are only added at the end or removed
          <fieldset key={index} className="partner-row">
            <legend>{t('partners.contactN', { n })}</legend>
            <div className="form-grid">
              <TextField
                name={`${path}.name`}
                label={t('partners.contactName')}
                isRequired
                maxLength={limits.nameMax}
                value={contact.name}
                onChange={(name) => change(index, { name })}
              />
              <TextField
                name={`${path}.title`}
                label={t('partners.contactTitle')}
                maxLength={limits.shortTextMax}
                value={contact.title}
                onChange={(title) => change(index, { title })}
              />
              <TextField
                name={`${path}.phone`}
                type="tel"
                label={t('partners.phone')}
                value={contact.phone}
                onChange={(phone) => change(index, { phone })}
              />
              <TextField
                name={`${path}.email`}
                type="email"
                label={t('partners.email')}
                value={contact.email}
                onChange={(email) => change(index, { email })}
              />
            </div>
            <div className="btn-row">
              <Button
                variant="quiet"
                aria-label={t('partners.removeContactN', { n })}
                onPress={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('partners.remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {value.length < limits.partnerContactsMax ? (
        <div className="btn-row">
          <Button onPress={() => onChange([...value, emptyContact()])}>{t('partners.addContact')}</Button>
        </div>
      ) : null}
    </fieldset>
  );
}
