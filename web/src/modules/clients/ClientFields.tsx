import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { ageBands, editableClientStatuses } from '#core/schemas/clients';
import { useCatalogue } from '../../api/catalogues';
import { useDirectoryUsers } from '../../api/directory';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { NumberField } from '../../ui/NumberField';
import { type Option, Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { catalogueLabel, languageLabel, offeredLanguages } from './labels';
import {
  type AgeChoice,
  ageChoices,
  type ClientValues,
  type EditableStatus,
  type GenderChoice,
  genderChoices,
} from './values';

const nobody = 'nobody';

export interface ClientFieldsProps {
  value: ClientValues;
  onChange: (next: ClientValues) => void;
  /** Status is set when editing; new people start active. */
  showStatus: boolean;
}

/**
 * The fields of a person's record shared by "new person" and "edit": age and
 * gender are one choice each that is an answer or the reason it is missing.
 */
export function ClientFields({ value, onChange, showStatus }: ClientFieldsProps) {
  const { t, i18n } = useTranslation();
  const targetGroups = useCatalogue('target_group');
  const workers = useDirectoryUsers();
  const set = <K extends keyof ClientValues>(key: K, v: ClientValues[K]) => onChange({ ...value, [key]: v });

  const groupOptions: Option[] = (targetGroups.data?.items ?? [])
    .filter((item) => item.active || value.targetGroupIds.includes(item.id))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item) => ({ id: item.id, label: catalogueLabel(item, i18n.language) }));
  const languageCodes = [...offeredLanguages, ...value.languages.filter((l) => !offeredLanguages.includes(l as never))];
  const workerOptions: Option[] = [
    { id: nobody, label: t('clients.nobodyAssigned') },
    ...(workers.data?.items ?? []).map((u) => ({ id: u.id, label: u.displayName })),
  ];
  if (value.assignedWorkerId && !workerOptions.some((o) => o.id === value.assignedWorkerId)) {
    workerOptions.push({ id: value.assignedWorkerId, label: t('clients.formerColleague') });
  }

  return (
    <>
      <div className="form-grid">
        <Select<AgeChoice>
          name="ageMissing"
          label={t('clients.age')}
          description={t('clients.ageHint')}
          options={ageChoices.map((id) => ({ id, label: t(`clients.ageChoices.${id}`) }))}
          value={value.age}
          onChange={(v) => set('age', v)}
        />
        {value.age === 'year' ? (
          <NumberField
            name="birthYear"
            label={t('clients.birthYear')}
            isRequired
            minValue={limits.birthYearMin}
            maxValue={new Date().getFullYear()}
            step={1}
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            value={value.birthYear}
            onChange={(v) => set('birthYear', v)}
          />
        ) : null}
        {value.age === 'band' ? (
          <Select
            name="ageBand"
            label={t('clients.ageBand')}
            isRequired
            options={ageBands.map((id) => ({ id, label: t(`clients.ageBands.${id}`) }))}
            value={value.ageBand}
            onChange={(v) => set('ageBand', v)}
          />
        ) : null}
      </div>
      <div className="form-grid">
        <Select<GenderChoice>
          name="genderMissing"
          label={t('clients.gender')}
          options={genderChoices.map((id) => ({ id, label: t(`clients.genderChoices.${id}`) }))}
          value={value.gender}
          onChange={(v) => set('gender', v)}
        />
        {value.gender === 'self_described' ? (
          <TextField
            name="genderSelfDescribed"
            label={t('clients.genderSelfDescribed')}
            isRequired
            maxLength={limits.shortTextMax}
            value={value.genderSelfDescribed}
            onChange={(v) => set('genderSelfDescribed', v)}
          />
        ) : null}
      </div>
      <CheckboxGroup
        name="languages"
        label={t('clients.languages')}
        options={languageCodes.map((id) => ({ id, label: languageLabel(id, i18n.language, t) }))}
        value={value.languages}
        onChange={(v) => set('languages', v)}
      />
      {groupOptions.length > 0 ? (
        <CheckboxGroup
          name="targetGroupIds"
          label={t('clients.targetGroups')}
          options={groupOptions}
          value={value.targetGroupIds}
          onChange={(v) => set('targetGroupIds', v)}
        />
      ) : null}
      <Select
        name="assignedWorkerId"
        label={t('clients.assignedWorker')}
        options={workerOptions}
        value={value.assignedWorkerId ?? nobody}
        onChange={(v) => set('assignedWorkerId', v === nobody ? null : v)}
      />
      <TextField
        name="safeContact"
        label={t('clients.safeContact')}
        description={t('clients.safeContactHint')}
        multiline
        maxLength={limits.longTextMax}
        value={value.safeContact}
        onChange={(v) => set('safeContact', v)}
      />
      {showStatus ? (
        <Select<EditableStatus>
          name="status"
          label={t('common.status')}
          options={editableClientStatuses.map((id) => ({ id, label: t(`clients.statuses.${id}`) }))}
          value={value.status}
          onChange={(v) => set('status', v)}
        />
      ) : null}
    </>
  );
}
