import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createPartnerLocationBody, updatePartnerLocationBody } from '#core/schemas/partners';
import { type PartnerLocation, useCreatePartnerLocation, useUpdatePartnerLocation } from '../../api/partners';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { type LocationValues, locationBody, locationValues } from './values';

const fieldNames = [
  'name',
  'address',
  'city',
  'postalCode',
  'country',
  'latitude',
  'longitude',
  'confidential',
  'transportation',
];
const coordinates = { maximumFractionDigits: 6 };

/** Adds a place to a partner, or changes one when `location` is given. */
export function LocationForm({
  partnerId,
  location,
  onDone,
}: {
  partnerId: string;
  location?: PartnerLocation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePartnerLocation();
  const update = useUpdatePartnerLocation();
  const mutation = location ? update : create;
  const form = useSchemaForm(location ? updatePartnerLocationBody : createPartnerLocationBody, mutation.error);
  const [values, setValues] = useState(() => locationValues(location));
  const hintId = useId();
  const set =
    <K extends keyof LocationValues>(key: K) =>
    (value: LocationValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = locationBody(values);
    if (location) {
      if (form.check(fields)) update.mutate({ locationId: location.id, body: fields }, { onSuccess: onDone });
    } else {
      const body = { partnerId, ...fields };
      if (form.check(body)) create.mutate(body, { onSuccess: onDone });
    }
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={fieldNames} />
      <TextField
        name="name"
        label={t('partners.placeName')}
        description={t('partners.placeNameHint')}
        isRequired
        maxLength={limits.nameMax}
        value={values.name}
        onChange={set('name')}
      />
      <div className="field">
        <Checkbox
          name="confidential"
          aria-describedby={hintId}
          isSelected={values.confidential}
          onChange={set('confidential')}
        >
          {t('partners.confidentialChoice')}
        </Checkbox>
        <p id={hintId} className="field-description">
          {t('partners.confidentialHint')}
        </p>
      </div>
      <TextField
        name="address"
        label={t('partners.address')}
        maxLength={limits.shortTextMax}
        value={values.address}
        onChange={set('address')}
      />
      <div className="form-grid">
        <TextField
          name="postalCode"
          label={t('partners.postalCode')}
          maxLength={20}
          value={values.postalCode}
          onChange={set('postalCode')}
        />
        <TextField
          name="city"
          label={t('partners.city')}
          maxLength={limits.shortTextMax}
          value={values.city}
          onChange={set('city')}
        />
        <TextField
          name="country"
          label={t('partners.country')}
          description={t('partners.countryHint')}
          maxLength={2}
          value={values.country}
          onChange={set('country')}
        />
      </div>
      <div className="form-grid">
        <NumberField
          name="latitude"
          label={t('partners.latitude')}
          minValue={-90}
          maxValue={90}
          formatOptions={coordinates}
          value={values.latitude}
          onChange={set('latitude')}
        />
        <NumberField
          name="longitude"
          label={t('partners.longitude')}
          minValue={-180}
          maxValue={180}
          formatOptions={coordinates}
          value={values.longitude}
          onChange={set('longitude')}
        />
      </div>
      <TextField
        name="transportation"
        label={t('partners.transportation')}
        description={t('partners.transportationHint')}
        multiline
        maxLength={limits.reasonMax}
        value={values.transportation}
        onChange={set('transportation')}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
