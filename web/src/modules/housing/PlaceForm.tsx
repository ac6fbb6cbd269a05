import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlacementBody } from '#core/schemas/housing';
import { ApiError } from '../../api/errors';
import { type HousingUnit, type Placement, useCreatePlacement } from '../../api/housing';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { placeableUnits } from './board';
import type { ChosenPerson } from './housingText';
import { PersonField } from './PersonField';

const fieldNames = ['unitId', 'startOn', 'plannedEndOn'];

/**
 * Places a person in a bed or room: who (found, or the one from the waiting
 * list), which unit (free ones first), from which day, until when it is
 * planned. A double booking is the database's answer, 409: on the unit when
 * the unit is taken on some of those days (the focus goes there, so it is
 * read out), beside the person when they are placed elsewhere then.
 */
export function PlaceForm({
  units,
  unitId: presetUnit,
  person: presetPerson,
  onDone,
}: {
  units: readonly HousingUnit[];
  unitId?: string;
  person?: ChosenPerson;
  onDone: (placement: Placement) => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePlacement();
  const form = useSchemaForm(createPlacementBody, create.error);
  const options = placeableUnits(units);
  const [person, setPerson] = useState<ChosenPerson | null>(presetPerson ?? null);
  const [unitId, setUnitId] = useState<string | null>(presetUnit ?? options[0]?.id ?? null);
  const [startOn, setStartOn] = useState(today);
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [missing, setMissing] = useState(false);
  const unitBox = useRef<HTMLDivElement>(null);
  const fields = create.error instanceof ApiError ? create.error.fields : {};
  const doubleBooked = create.error instanceof ApiError && create.error.status === 409;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!person) {
      setMissing(true);
      return;
    }
    const body = { clientId: person.id, unitId: unitId ?? '', startOn, plannedEndOn: plannedEndOn || null };
    if (!form.check(body)) return;
    create.mutate(body, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiError && 'unitId' in error.fields) {
          setTimeout(() => unitBox.current?.querySelector('button')?.focus(), 0);
        }
      },
    });
  }

  return (
    <div className="stack">
      <PersonField
        person={person}
        onPerson={(p) => {
          setPerson(p);
          setMissing(false);
          create.reset();
        }}
        problem={fields.clientId ?? null}
        missing={missing}
      />
      <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
        {doubleBooked && (fields.unitId || fields.clientId) ? null : (
          <FormError error={create.error} fieldNames={[...fieldNames, 'clientId']} />
        )}
        <div ref={unitBox}>
          <Select
            name="unitId"
            label={t('housing.unit')}
            isRequired
            options={options.map((u) => ({
              id: u.id,
              label: t(u.current ? 'housing.unitOptionTaken' : 'housing.unitOptionFree', { label: u.label }),
            }))}
            value={unitId}
            onChange={setUnitId}
          />
        </div>
        <div className="form-grid">
          <TextField
            name="startOn"
            type="date"
            label={t('housing.startOn')}
            isRequired
            value={startOn}
            onChange={setStartOn}
          />
          <TextField
            name="plannedEndOn"
            type="date"
            label={t('housing.plannedEndOn')}
            description={t('housing.plannedEndHint')}
            value={plannedEndOn}
            onChange={setPlannedEndOn}
          />
        </div>
        <div className="btn-row">
          <Button type="submit" variant="primary" isPending={create.isPending}>
            {t('housing.place')}
          </Button>
          <Button slot="close">{t('common.cancel')}</Button>
        </div>
      </Form>
    </div>
  );
}
