import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createPartnerServiceBody, partnerServiceStatuses, updatePartnerServiceBody } from '#core/schemas/partners';
import {
  type PartnerLocation,
  type PartnerService,
  type PartnerServiceStatus,
  useCreatePartnerService,
  useUpdatePartnerService,
} from '../../api/partners';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ChipGroup } from '../../ui/ChipGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { languageLabel, offeredLanguages } from '../clients/labels';
import { HoursFields, hoursFieldNames } from './HoursFields';
import { ServiceContactFields } from './ServiceContactFields';
import { serviceStatusKey, serviceTypeOptions, targetGroupOptions } from './terms';
import { type ServiceValues, serviceBody, serviceValues } from './values';

const fieldNames = [
  'name',
  'description',
  'status',
  'serviceTypes',
  'targetGroups',
  'eligibility',
  'minimumAge',
  'maximumAge',
  'languages',
  'email',
  'url',
  'phone',
  'applicationProcess',
  'feesDescription',
  'locationIds',
];

/** Adds a service to a partner, or changes one when `service` is given. */
export function ServiceForm({
  partnerId,
  locations,
  service,
  onDone,
}: {
  partnerId: string;
  locations: readonly PartnerLocation[];
  service?: PartnerService;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const create = useCreatePartnerService();
  const update = useUpdatePartnerService();
  const mutation = service ? update : create;
  const form = useSchemaForm(service ? updatePartnerServiceBody : createPartnerServiceBody, mutation.error);
  const [values, setValues] = useState(() => serviceValues(service));
  const set =
    <K extends keyof ServiceValues>(key: K) =>
    (value: ServiceValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const languageCodes = [
    ...offeredLanguages,
    ...values.languages.filter((l) => !offeredLanguages.includes(l as never)),
  ];
  const places = locations.filter((l) => l.active || values.locationIds.includes(l.id));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = serviceBody(values);
    if (service) {
      if (form.check(fields)) update.mutate({ serviceId: service.id, body: fields }, { onSuccess: onDone });
    } else {
      const body = { partnerId, ...fields };
      if (form.check(body)) create.mutate(body, { onSuccess: onDone });
    }
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={[...fieldNames, ...hoursFieldNames(values.hours.length)]} />
      <TextField
        name="name"
        label={t('partners.serviceName')}
        isRequired
        maxLength={limits.nameMax}
        value={values.name}
        onChange={set('name')}
      />
      <TextField
        name="description"
        label={t('partners.description')}
        multiline
        maxLength={limits.longTextMax}
        value={values.description}
        onChange={set('description')}
      />
      <Select<PartnerServiceStatus>
        name="status"
        label={t('common.status')}
        options={partnerServiceStatuses.map((id) => ({ id, label: t(serviceStatusKey(id)) }))}
        value={values.status}
        onChange={set('status')}
      />
      <ChipGroup
        name="serviceTypes"
        label={t('partners.serviceTypes')}
        description={t('partners.serviceTypesHint')}
        options={serviceTypeOptions(language)}
        value={values.serviceTypes}
        onChange={set('serviceTypes')}
      />
      <ChipGroup
        name="targetGroups"
        label={t('partners.targetGroups')}
        options={targetGroupOptions(language)}
        value={values.targetGroups}
        onChange={set('targetGroups')}
      />
      <TextField
        name="eligibility"
        label={t('partners.eligibility')}
        description={t('partners.eligibilityHint')}
        multiline
        maxLength={limits.reasonMax}
        value={values.eligibility}
        onChange={set('eligibility')}
      />
      <div className="form-grid">
        <NumberField
          name="minimumAge"
          label={t('partners.minimumAge')}
          minValue={0}
          maxValue={120}
          value={values.minimumAge}
          onChange={set('minimumAge')}
        />
        <NumberField
          name="maximumAge"
          label={t('partners.maximumAge')}
          minValue={0}
          maxValue={120}
          value={values.maximumAge}
          onChange={set('maximumAge')}
        />
      </div>
      <CheckboxGroup
        name="languages"
        label={t('partners.languages')}
        options={languageCodes.map((id) => ({ id, label: languageLabel(id, language, t) }))}
        value={values.languages}
        onChange={set('languages')}
      />
      <HoursFields value={values.hours} onChange={set('hours')} />
      {places.length > 0 ? (
        <CheckboxGroup
          name="locationIds"
          label={t('partners.servicePlaces')}
          options={places.map((l) => ({ id: l.id, label: l.name }))}
          value={values.locationIds}
          onChange={set('locationIds')}
        />
      ) : null}
      <ServiceContactFields values={values} set={set} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
