import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeSchemeIds } from '#core/codes/schemas';
import { type Locale, locales } from '#core/i18n/locales';
import { limits } from '#core/limits';
import { type OrganisationSettings, updateOrganisationBody } from '#core/schemas/organisation';
import { useUpdateOrganisation } from '../../../api/organisation';
import type { Organisation } from '../../../api/types';
import { languageNames } from '../../../i18n/index';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ComboBox } from '../../../ui/ComboBox';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { NumberField } from '../../../ui/NumberField';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { codeOptions } from '../shared/options';
import { numericSettings, settingBounds } from './settingsFields';

type Scheme = OrganisationSettings['anonymousCodeScheme'];
const fieldNames = [
  'name',
  'defaultLocale',
  'timeZone',
  ...['anonymousCodeScheme', ...numericSettings].map((k) => `settings.${k}`),
];

/** The settings form; numeric bounds come from the core schema. */
export function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const form = useSchemaForm(updateOrganisationBody, update.error);
  const [name, setName] = useState(organisation.name);
  const [defaultLocale, setDefaultLocale] = useState<Locale>(organisation.defaultLocale);
  const [timeZone, setTimeZone] = useState(organisation.timeZone);
  const [settings, setSettings] = useState<OrganisationSettings>(organisation.settings);
  const timeZones = useMemo(
    () => Intl.supportedValuesOf('timeZone').map((id) => ({ id, label: id.replaceAll('_', ' ') })),
    [],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim(), defaultLocale, timeZone, settings };
    if (!form.check(body)) return;
    update.mutate(body);
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={fieldNames} />
      {update.isSuccess ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <TextField
        name="name"
        label={t('organisation.name')}
        isRequired
        maxLength={limits.nameMax}
        value={name}
        onChange={setName}
      />
      <Select<Locale>
        name="defaultLocale"
        label={t('organisation.defaultLocale')}
        options={locales.map((id) => ({ id, label: languageNames[id] }))}
        value={defaultLocale}
        onChange={setDefaultLocale}
      />
      <ComboBox
        name="timeZone"
        label={t('organisation.timeZone')}
        options={timeZones}
        value={timeZone}
        onChange={setTimeZone}
        isRequired
      />
      <Select<Scheme>
        name="settings.anonymousCodeScheme"
        label={t('organisation.anonymousCodeScheme')}
        description={t('organisation.anonymousCodeSchemeHint')}
        options={codeOptions(t, 'codeSchemes', codeSchemeIds)}
        value={settings.anonymousCodeScheme}
        onChange={(v) => setSettings((s) => ({ ...s, anonymousCodeScheme: v }))}
      />
      <div className="form-grid">
        {numericSettings.map((key) => {
          const { min, max } = settingBounds(key);
          return (
            <NumberField
              key={key}
              name={`settings.${key}`}
              label={t(`organisation.settings.${key}`)}
              description={t('organisation.range', { min, max })}
              minValue={min}
              maxValue={max}
              step={1}
              isRequired
              value={settings[key]}
              onChange={(v) => setSettings((s) => ({ ...s, [key]: v }))}
            />
          );
        })}
      </div>
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
