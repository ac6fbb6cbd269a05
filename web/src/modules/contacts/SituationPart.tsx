import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { documentStatuses, housingSituations, incomeSources } from '#core/schemas/contacts';
import { ChipGroup } from '../../ui/ChipGroup';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { ContactDraft } from './contactBody';
import { anyError, OptionalPart } from './OptionalPart';

// Not an option value of any of the lists below (documents have a 'none').
const unsaid = 'unsaid';

/** The first card's initial situation: where the person sleeps, income, documents, health, needs, institutions. */
export function SituationPart({
  situation,
  errors,
  onChange,
}: {
  situation: ContactDraft['situation'];
  errors: Record<string, string>;
  onChange: (patch: Partial<ContactDraft['situation']>) => void;
}) {
  const { t } = useTranslation();
  const setSituation = onChange;
  return (
    <OptionalPart
      title={t('contacts.situation')}
      filled={
        situation.housing !== null ||
        situation.documents !== null ||
        situation.income.length > 0 ||
        [situation.health, situation.needs, situation.institutions].some((v) => v.trim() !== '')
      }
      invalid={anyError(errors, 'initialSituation')}
    >
      <p className="field-description">{t('contacts.situationHint')}</p>
      <Select
        name="initialSituation.housing"
        label={t('contacts.housingLabel')}
        options={[
          { id: unsaid, label: t('contacts.notSaid') },
          ...housingSituations.map((id) => ({ id, label: t(`contacts.housing.${id}`) })),
        ]}
        value={situation.housing ?? unsaid}
        onChange={(v) => setSituation({ housing: v === unsaid ? null : v })}
      />
      <ChipGroup
        name="initialSituation.income"
        label={t('contacts.incomeLabel')}
        options={incomeSources.map((id) => ({ id, label: t(`contacts.income.${id}`) }))}
        value={situation.income}
        onChange={(income) => setSituation({ income })}
      />
      <Select
        name="initialSituation.documents"
        label={t('contacts.documentsLabel')}
        options={[
          { id: unsaid, label: t('contacts.notSaid') },
          ...documentStatuses.map((id) => ({ id, label: t(`contacts.documents.${id}`) })),
        ]}
        value={situation.documents ?? unsaid}
        onChange={(v) => setSituation({ documents: v === unsaid ? null : v })}
      />
      <TextField
        name="initialSituation.health"
        label={t('contacts.health')}
        description={t('contacts.healthHint')}
        multiline
        maxLength={limits.longTextMax}
        value={situation.health}
        onChange={(health) => setSituation({ health })}
      />
      <TextField
        name="initialSituation.needs"
        label={t('contacts.needs')}
        multiline
        maxLength={limits.longTextMax}
        value={situation.needs}
        onChange={(needs) => setSituation({ needs })}
      />
      <TextField
        name="initialSituation.institutions"
        label={t('contacts.institutions')}
        description={t('contacts.institutionsHint')}
        multiline
        maxLength={limits.longTextMax}
        value={situation.institutions}
        onChange={(institutions) => setSituation({ institutions })}
      />
    </OptionalPart>
  );
}
