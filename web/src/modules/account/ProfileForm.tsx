import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '#core/i18n/locales';
import { limits } from '#core/limits';
import { useMe, useUpdateMe } from '../../api/session';
import { changeLocale, languageNames } from '../../i18n/index';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

const languageOptions = locales.map((id) => ({ id, label: languageNames[id] }));

/** The user's display name and language. */
export function ProfileForm() {
  const { t } = useTranslation();
  const me = useMe();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState<Locale>(me.locale);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(
      { displayName: displayName.trim(), locale },
      { onSuccess: (saved) => void changeLocale(saved.locale) },
    );
  }

  return (
    <section aria-labelledby="profile-title" className="panel">
      <h2 id="profile-title">{t('account.profile')}</h2>
      <p className="muted">{t('account.email', { email: me.email })}</p>
      <Form className="form" onSubmit={submit} validationErrors={fieldErrors(update.error)}>
        <FormError error={update.error} fieldNames={['displayName', 'locale']} />
        {update.isSuccess ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        <TextField
          name="displayName"
          label={t('account.displayName')}
          isRequired
          maxLength={limits.nameMax}
          value={displayName}
          onChange={setDisplayName}
        />
        <Select<Locale>
          name="locale"
          label={t('language.label')}
          options={languageOptions}
          value={locale}
          onChange={setLocale}
        />
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </section>
  );
}
