import type { ReactNode } from 'react';
import {
  Label,
  Checkbox as RACCheckbox,
  CheckboxGroup as RACCheckboxGroup,
  type CheckboxGroupProps as RACCheckboxGroupProps,
  type CheckboxProps as RACCheckboxProps,
  Text,
} from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';
import type { Option } from './Select';

function Box() {
  return (
    <span className="checkbox-box" aria-hidden="true">
      <svg aria-hidden="true" viewBox="0 0 18 18" width="18" height="18">
        <polyline points="3.5 9.5 7.5 13 14.5 5" fill="none" stroke="currentColor" strokeWidth="2.5" />
      </svg>
    </span>
  );
}

/** One checkbox with a 44 px hit area. */
export function Checkbox({
  children,
  ...props
}: Omit<RACCheckboxProps, 'className' | 'children'> & { children: ReactNode }) {
  return (
    <RACCheckbox {...props} className="checkbox">
      <Box />
      <span>{children}</span>
    </RACCheckbox>
  );
}

export interface CheckboxGroupProps<K extends string>
  extends Omit<RACCheckboxGroupProps, 'className' | 'children' | 'value' | 'onChange'> {
  label: ReactNode;
  options: readonly Option<K>[];
  value: readonly K[];
  onChange: (value: K[]) => void;
  description?: ReactNode;
}

/** A group of checkboxes for choosing several values (roles, disciplines, teams). */
export function CheckboxGroup<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  ...props
}: CheckboxGroupProps<K>) {
  return (
    <RACCheckboxGroup {...props} className="field" value={[...value]} onChange={(v) => onChange(v as K[])}>
      <Label className="field-label">{label}</Label>
      <div className="checkbox-list">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id}>
            {option.label}
          </Checkbox>
        ))}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
    </RACCheckboxGroup>
  );
}
