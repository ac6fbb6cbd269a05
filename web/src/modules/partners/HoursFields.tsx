import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { weekdays } from '#core/schemas/partners';
import { Button } from '../../ui/Button';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextField } from '../../ui/TextField';
import { type Weekday, weekdayName } from './hours';
import { emptyHours, type HoursValues } from './values';

/** At most this many lines of opening hours (the API's limit). */
const hoursMax = 14;

/**
 * A service's opening hours, a line per set of days with the same times
 * ("Mon–Fri 9–17", "Sat 10–14"); each line's fields are named by their place
 * in the list so the API's messages land at the right field.
 */
export function HoursFields({
  value,
  onChange,
}: {
  value: readonly HoursValues[];
  onChange: (next: HoursValues[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const dayOptions = weekdays.map((id) => ({ id, label: weekdayName(id, i18n.language) }));
  const change = (index: number, patch: Partial<HoursValues>) =>
    onChange(value.map((h, i) => (i === index ? { ...h, ...patch } : h)));

  return (
    <fieldset className="partner-fieldset">
      <legend className="field-label">{t('partners.hours')}</legend>
      {value.length === 0 ? <p className="field-description">{t('partners.noHours')}</p> : null}
      {value.map((hours, index) => {
        const n = String(index + 1);
        const path = `hours.${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; they are only added at the end or removed
          <fieldset key={index} className="partner-row">
            <legend>{t('partners.hoursN', { n })}</legend>
            <ChipGroup<Weekday>
              name={`${path}.days`}
              label={t('partners.days')}
              options={dayOptions}
              value={hours.days}
              onChange={(days) => change(index, { days })}
            />
            <div className="form-grid">
              <TextField
                name={`${path}.opensAt`}
                type="time"
                label={t('partners.opensAt')}
                isRequired
                value={hours.opensAt}
                onChange={(opensAt) => change(index, { opensAt })}
              />
              <TextField
                name={`${path}.closesAt`}
                type="time"
                label={t('partners.closesAt')}
                isRequired
                value={hours.closesAt}
                onChange={(closesAt) => change(index, { closesAt })}
              />
            </div>
            <TextField
              name={`${path}.note`}
              label={t('partners.hoursNote')}
              description={t('partners.hoursNoteHint')}
              maxLength={limits.shortTextMax}
              value={hours.note}
              onChange={(note) => change(index, { note })}
            />
            <div className="btn-row">
              <Button
                variant="quiet"
                aria-label={t('partners.removeHoursN', { n })}
                onPress={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('partners.remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {value.length < hoursMax ? (
        <div className="btn-row">
          <Button onPress={() => onChange([...value, emptyHours()])}>{t('partners.addHours')}</Button>
        </div>
      ) : null}
    </fieldset>
  );
}

/** The names of the fields of every line, for the form's error summary. */
export const hoursFieldNames = (count: number) =>
  Array.from({ length: count }, (_, i) => ['days', 'opensAt', 'closesAt', 'note'].map((f) => `hours.${i}.${f}`)).flat();
