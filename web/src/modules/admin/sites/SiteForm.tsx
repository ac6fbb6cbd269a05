import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createSiteBody, siteTypes, updateSiteBody } from '#core/schemas/places';
import { useCreateSite, useUpdateSite } from '../../../api/places';
import type { Site } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { NumberField, numberOrNull } from '../../../ui/NumberField';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { codeOptions } from '../shared/options';

type SiteType = (typeof siteTypes)[number];
const fieldNames = ['name', 'type', 'capacityPlaces', 'capacityBeds', 'address', 'openingHours', 'active'];

/** Creates a site, or edits one when `site` is given. */
export function SiteForm({ site, onDone }: { site?: Site; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSite();
  const update = useUpdateSite();
  const mutation = site ? update : create;
  const form = useSchemaForm(site ? updateSiteBody : createSiteBody, mutation.error);
  const [name, setName] = useState(site?.name ?? '');
  const [type, setType] = useState<SiteType>(site?.type ?? 'drop_in_centre');
  const [places, setPlaces] = useState(site?.capacityPlaces ?? Number.NaN);
  const [beds, setBeds] = useState(site?.capacityBeds ?? Number.NaN);
  const [address, setAddress] = useState(site?.address ?? '');
  const [openingHours, setOpeningHours] = useState(site?.openingHours ?? '');
  const [active, setActive] = useState(site?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      name: name.trim(),
      type,
      capacityPlaces: numberOrNull(places),
      capacityBeds: numberOrNull(beds),
      address,
      openingHours,
      ...(site ? { active } : {}),
    };
    if (!form.check(body)) return;
    if (site) update.mutate({ siteId: site.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={fieldNames} />
      <TextField
        name="name"
        label={t('sites.name')}
        isRequired
        maxLength={limits.shortTextMax}
        value={name}
        onChange={setName}
      />
      <Select<SiteType>
        name="type"
        label={t('sites.type')}
        options={codeOptions(t, 'siteTypes', siteTypes)}
        value={type}
        onChange={setType}
      />
      <div className="form-grid">
        <NumberField
          name="capacityPlaces"
          label={t('sites.capacityPlaces')}
          minValue={0}
          value={places}
          onChange={setPlaces}
        />
        <NumberField name="capacityBeds" label={t('sites.capacityBeds')} minValue={0} value={beds} onChange={setBeds} />
      </div>
      <TextField
        name="address"
        label={t('sites.address')}
        maxLength={limits.shortTextMax}
        value={address}
        onChange={setAddress}
      />
      <TextField
        name="openingHours"
        label={t('sites.openingHours')}
        description={t('sites.openingHoursHint')}
        maxLength={limits.shortTextMax}
        value={openingHours}
        onChange={setOpeningHours}
      />
      {site ? (
        <Checkbox name="active" isSelected={active} onChange={setActive}>
          {t('common.active')}
        </Checkbox>
      ) : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
