import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { movePlacementBody } from '#core/schemas/housing';
import { ApiError } from '../../api/errors';
import { type MovedPlacement, useHousingUnits, useMovePlacement } from '../../api/housing';
import type { Site } from '../../api/types';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { notBefore, placeableUnits } from './board';
import { type Stay, useDays } from './housingText';

/**
 * Moves a stay to another bed or room, at this site or another one, from a
 * day: the stay ends there as "moved" and goes on in the new unit. A taken
 * unit is refused on the unit field, as when placing.
 */
export function MoveForm({
  stay,
  siteId,
  sites,
  onDone,
}: {
  stay: Stay;
  siteId: string;
  sites: readonly Site[];
  onDone: (moved: MovedPlacement) => void;
}) {
  const { t } = useTranslation();
  const move = useMovePlacement();
  const form = useSchemaForm(movePlacementBody, move.error);
  const days = useDays();
  const [toSite, setToSite] = useState(siteId);
  const units = useHousingUnits(toSite);
  const options = placeableUnits(units.data?.items ?? []).filter((u) => u.id !== stay.unitId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [on, setOn] = useState(() => notBefore(today(), stay.startOn));
  const unitBox = useRef<HTMLDivElement>(null);
  const chosen = unitId !== null && options.some((u) => u.id === unitId) ? unitId : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { unitId: chosen ?? '', on };
    if (!form.check(body)) return;
    move.mutate(
      { placementId: stay.placementId, body },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && 'unitId' in error.fields) {
            setTimeout(() => unitBox.current?.querySelector('button')?.focus(), 0);
          }
        },
      },
    );
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={move.error} fieldNames={['unitId', 'on']} />
      <p className="lead">
        <strong>{stay.pseudonym}</strong>
      </p>
      <p className="muted">
        {t('housing.stayIn', { unit: stay.unitLabel, period: days.period(stay.startOn, stay.plannedEndOn) })}
      </p>
      <Select
        name="siteId"
        label={t('housing.moveToSite')}
        options={sites.map((s) => ({ id: s.id, label: s.name }))}
        value={toSite}
        onChange={(id) => {
          setToSite(id);
          setUnitId(null);
        }}
      />
      <div ref={unitBox}>
        <Select
          name="unitId"
          label={t('housing.moveToUnit')}
          isRequired
          isDisabled={units.isPending}
          options={options.map((u) => ({
            id: u.id,
            label: t(u.current ? 'housing.unitOptionTaken' : 'housing.unitOptionFree', { label: u.label }),
          }))}
          value={chosen}
          onChange={setUnitId}
        />
      </div>
      <TextField name="on" type="date" label={t('housing.moveOn')} isRequired value={on} onChange={setOn} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={move.isPending}>
          {t('housing.move')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
