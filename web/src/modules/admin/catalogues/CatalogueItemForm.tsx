import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '#core/i18n/locales';
import { limits } from '#core/limits';
import {
  type CatalogueKind,
  createCatalogueItemBody,
  materialUnits,
  updateCatalogueItemBody,
} from '#core/schemas/catalogues';
import { useCreateCatalogueItem, useUpdateCatalogueItem } from '../../../api/catalogues';
import type { CatalogueItem } from '../../../api/types';
import { languageNames } from '../../../i18n/index';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { NumberField } from '../../../ui/NumberField';
import { type Option, Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { useSchemaForm } from '../../../ui/useSchemaForm';
import { codeOptions } from '../shared/options';

type Unit = (typeof materialUnits)[number];
const noUnit = 'none' as const;
const fieldNames = ['key', 'unit', 'sortOrder', 'active', ...locales.map((l) => `labels.${l}`), 'labels'];

/** Creates a catalogue item (key, labels in four languages, unit for materials) or edits one. */
export function CatalogueItemForm({
  kind,
  item,
  onDone,
}: {
  kind: CatalogueKind;
  item?: CatalogueItem;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCatalogueItem(kind);
  const update = useUpdateCatalogueItem(kind);
  const mutation = item ? update : create;
  const form = useSchemaForm(item ? updateCatalogueItemBody : createCatalogueItemBody, mutation.error);
  const [key, setKey] = useState(item?.key ?? '');
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(locales.map((l) => [l, item?.labels[l] ?? ''])),
  );
  const [unit, setUnit] = useState<Unit | typeof noUnit>(item?.unit ?? noUnit);
  const [sortOrder, setSortOrder] = useState(item?.sortOrder ?? 100);
  const [active, setActive] = useState(item?.active ?? true);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Empty labels are left out: the schema needs at least one language, not all.
    const given = Object.fromEntries(Object.entries(labels).filter(([, v]) => v.trim() !== ''));
    const common = {
      labels: given,
      ...(kind === 'material' ? { unit: unit === noUnit ? null : unit } : {}),
      sortOrder: Number.isNaN(sortOrder) ? 100 : sortOrder,
    };
    const body = item ? { ...common, active } : { key: key.trim(), ...common };
    if (!form.check(body)) return;
    if (item) update.mutate({ itemId: item.id, body }, { onSuccess: onDone });
    else create.mutate(body as typeof body & { key: string }, { onSuccess: onDone });
  }

  const unitOptions: Option<Unit | typeof noUnit>[] = [
    { id: noUnit, label: t('units.none') },
    ...codeOptions(t, 'units', materialUnits),
  ];
  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={mutation.error} fieldNames={fieldNames} />
      {item ? (
        <p>
          {t('catalogues.key')}: <code>{item.key}</code>
        </p>
      ) : (
        <TextField
          name="key"
          label={t('catalogues.key')}
          description={t('catalogues.keyHint')}
          isRequired
          pattern="[a-z][a-z0-9_]{0,62}"
          value={key}
          onChange={setKey}
        />
      )}
      <fieldset className="stack">
        <legend className="field-label">{t('catalogues.labels')}</legend>
        {locales.map((l) => (
          <TextField
            key={l}
            name={`labels.${l}`}
            label={languageNames[l]}
            lang={l}
            maxLength={limits.shortTextMax}
            value={labels[l] ?? ''}
            onChange={(v) => setLabels((prev) => ({ ...prev, [l]: v }))}
          />
        ))}
        {form.validationErrors.labels ? <p className="field-error">{form.validationErrors.labels}</p> : null}
      </fieldset>
      {kind === 'material' ? (
        <Select<Unit | typeof noUnit>
          name="unit"
          label={t('catalogues.unit')}
          options={unitOptions}
          value={unit}
          onChange={setUnit}
        />
      ) : null}
      <NumberField
        name="sortOrder"
        label={t('catalogues.sortOrder')}
        description={t('catalogues.sortOrderHint')}
        minValue={0}
        maxValue={10_000}
        value={sortOrder}
        onChange={setSortOrder}
      />
      {item ? (
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
