import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { PartnersSearch } from './search';
import { serviceTypeOptions, targetGroupOptions } from './terms';

const all = 'all';

/** Search text (applied on Enter or the button); type, group and "show inactive" apply at once. */
export function PartnerFilters({ value, onApply }: { value: PartnersSearch; onApply: (next: PartnersSearch) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(value.q ?? '');
  const apply = (patch: Partial<PartnersSearch>) =>
    onApply({ ...value, q: q.trim() || undefined, ...patch, page: undefined });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({});
  }

  return (
    <Form className="filters" role="search" onSubmit={submit}>
      <TextField
        name="q"
        type="search"
        label={t('partners.search')}
        description={t('partners.searchHint')}
        value={q}
        onChange={setQ}
      />
      <Select
        name="type"
        label={t('partners.serviceType')}
        options={[{ id: all, label: t('partners.anyServiceType') }, ...serviceTypeOptions(i18n.language)]}
        value={value.type ?? all}
        onChange={(type) => apply({ type: type === all ? undefined : type })}
      />
      <Select
        name="group"
        label={t('partners.targetGroup')}
        options={[{ id: all, label: t('partners.anyTargetGroup') }, ...targetGroupOptions(i18n.language)]}
        value={value.group ?? all}
        onChange={(group) => apply({ group: group === all ? undefined : group })}
      />
      <Checkbox
        name="inactive"
        isSelected={value.inactive === true}
        onChange={(on) => apply({ inactive: on ? true : undefined })}
      >
        {t('partners.showInactive')}
      </Checkbox>
      <div className="btn-row">
        <Button type="submit" variant="primary">
          {t('common.search')}
        </Button>
      </div>
    </Form>
  );
}
