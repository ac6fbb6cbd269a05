import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createSpotBody, spotKinds, updateSpotBody } from '#core/schemas/places';
import { useCreateSpot, useUpdateSpot } from '../../../api/places';
import type { Spot } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { NumberField, numberOrNull } from '../../../ui/NumberField';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { codeOptions } from '../shared/options';

type SpotKind = (typeof spotKinds)[number];
// Six decimals ≈ 10 cm: more precision than a meeting point needs, none lost.
const coordinateFormat = { maximumFractionDigits: 6 };

/** Adds a spot to an area, or edits one when `spot` is given. Coordinates are optional. */
export function SpotForm({ areaId, spot, onDone }: { areaId: string; spot?: Spot; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSpot();
  const update = useUpdateSpot();
  const mutation = spot ? update : create;
  const form = useSchemaForm(spot ? updateSpotBody : createSpotBody, mutation.error);
  const [name, setName] = useState(spot?.name ?? '');
  const [kind, setKind] = useState<SpotKind>(spot?.kind ?? 'street');
  const [latitude, setLatitude] = useState(spot?.latitude ?? Number.NaN);
  const [longitude, setLongitude] = useState(spot?.longitude ?? Number.NaN);
  const [active, setActive] = useState(spot?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      name: name.trim(),
      kind,
      latitude: numberOrNull(latitude),
      longitude: numberOrNull(longitude),
      ...(spot ? { active } : {}),
    };
    if (!form.check(body)) return;
    if (spot) update.mutate({ spotId: spot.id, body }, { onSuccess: onDone });
    else create.mutate({ areaId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={['name', 'kind', 'latitude', 'longitude', 'active']} />
      <TextField
        name="name"
        label={t('spots.name')}
        isRequired
        maxLength={limits.shortTextMax}
        value={name}
        onChange={setName}
      />
      <Select<SpotKind>
        name="kind"
        label={t('spots.kind')}
        options={codeOptions(t, 'spotKinds', spotKinds)}
        value={kind}
        onChange={setKind}
      />
      <div className="form-grid">
        <NumberField
          name="latitude"
          label={t('spots.latitude')}
          minValue={-90}
          maxValue={90}
          formatOptions={coordinateFormat}
          value={latitude}
          onChange={setLatitude}
        />
        <NumberField
          name="longitude"
          label={t('spots.longitude')}
          minValue={-180}
          maxValue={180}
          formatOptions={coordinateFormat}
          value={longitude}
          onChange={setLongitude}
        />
      </div>
      <p className="field-description">{t('spots.coordinatesHint')}</p>
      {spot ? (
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
