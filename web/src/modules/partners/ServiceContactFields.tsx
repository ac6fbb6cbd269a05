import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { TextField } from '../../ui/TextField';
import type { ServiceValues } from './values';

type Setter = <K extends keyof ServiceValues>(key: K) => (value: ServiceValues[K]) => void;

/** How to apply for a service, what it costs, and its own phone, email and web page. */
export function ServiceContactFields({ values, set }: { values: ServiceValues; set: Setter }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="applicationProcess"
        label={t('partners.applicationProcess')}
        description={t('partners.applicationProcessHint')}
        multiline
        maxLength={limits.reasonMax}
        value={values.applicationProcess}
        onChange={set('applicationProcess')}
      />
      <TextField
        name="feesDescription"
        label={t('partners.fees')}
        description={t('partners.feesHint')}
        maxLength={limits.reasonMax}
        value={values.feesDescription}
        onChange={set('feesDescription')}
      />
      <div className="form-grid">
        <TextField name="phone" type="tel" label={t('partners.phone')} value={values.phone} onChange={set('phone')} />
        <TextField name="email" type="email" label={t('partners.email')} value={values.email} onChange={set('email')} />
      </div>
      <TextField
        name="url"
        type="url"
        label={t('partners.website')}
        description={t('partners.websiteHint')}
        value={values.url}
        onChange={set('url')}
      />
    </>
  );
}
