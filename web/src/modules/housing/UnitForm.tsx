import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { createHousingUnitBody, type HousingUnitKind, housingUnitKinds } from '#core/schemas/housing';
import { type HousingUnit, useCreateHousingUnit, useUpdateHousingUnit } from '../../api/housing';
import { Button } from '../../ui/Button';
import { ChoiceChips } from '../../ui/ChipGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';

/** Adds a bed or a room to the site, or renames one (a label is unique per site). */
export function UnitForm({ siteId, unit, onDone }: { siteId: string; unit?: HousingUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateHousingUnit();
  const update = useUpdateHousingUnit();
  const write = unit ? update : create;
  const form = useSchemaForm(createHousingUnitBody, write.error);
  const [label, setLabel] = useState(unit?.label ?? '');
  const [kind, setKind] = useState<HousingUnitKind>(unit?.kind ?? 'bed');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { label: label.trim(), kind };
    if (!form.check(body)) return;
    if (unit) update.mutate({ unitId: unit.id, body }, { onSuccess: onDone });
    else create.mutate({ siteId, body }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={write.error} fieldNames={['label', 'kind']} />
      <TextField
        name="label"
        label={t('housing.unitLabel')}
        description={t('housing.unitLabelHint')}
        isRequired
        maxLength={limits.housingUnitLabelMax}
        value={label}
        onChange={setLabel}
      />
      <ChoiceChips
        name="kind"
        label={t('housing.unitKind')}
        description={t('housing.unitKindHint')}
        options={housingUnitKinds.map((id) => ({ id, label: t(`housing.kinds.${id}`) }))}
        value={kind}
        onChange={setKind}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={write.isPending}>
          {unit ? t('common.save') : t('housing.addUnit')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
