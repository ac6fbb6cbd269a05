import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';
import type { Option } from './Select';

function Tick() {
  return (
    <svg aria-hidden="true" className="chip-tick" viewBox="0 0 18 18" width="16" height="16">
      <polyline points="3.5 9.5 7.5 13 14.5 5" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}

export interface ChipGroupProps<K extends string> {
  label: ReactNode;
  options: readonly Option<K>[];
  value: readonly K[];
  onChange: (value: K[]) => void;
  description?: ReactNode;
  name?: string;
  /** Hide the visible label (it stays for screen readers) when a heading above says it. */
  hideLabel?: boolean;
}

/**
 * Toggle chips for choosing several items with one tap each (services, topics):
 * a checkbox group that looks like a row of pills, each at least 44 px high.
 */
export function ChipGroup<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  name,
  hideLabel,
}: ChipGroupProps<K>) {
  return (
    <CheckboxGroup className="field" name={name} value={[...value]} onChange={(v) => onChange(v as K[])}>
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <div className="chip-list">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="chip">
            <Tick />
            <span>{option.label}</span>
          </Checkbox>
        ))}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
    </CheckboxGroup>
  );
}

export interface ChoiceChipsProps<K extends string> {
  label: ReactNode;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: ReactNode;
  name?: string;
}

/** One choice among a few, as chips (a radio group): where a contact happened. */
export function ChoiceChips<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  name,
}: ChoiceChipsProps<K>) {
  return (
    <RadioGroup className="field" name={name} value={value} onChange={(v) => onChange(v as K)} orientation="horizontal">
      <Label className="field-label">{label}</Label>
      <div className="chip-list">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="chip">
            <Tick />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
    </RadioGroup>
  );
}
