import type { ReactNode } from 'react';
import {
  Group,
  Input,
  Label,
  NumberField as RACNumberField,
  type NumberFieldProps as RACNumberFieldProps,
  Text,
} from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';

export interface NumberFieldProps extends Omit<RACNumberFieldProps, 'className' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
}

/**
 * A number input. Formatting follows the UI locale (react-aria's I18nProvider);
 * a cleared field reports NaN, which callers turn into null.
 */
export function NumberField({ label, description, ...props }: NumberFieldProps) {
  return (
    <RACNumberField {...props} className="field">
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Input className="input" />
      </Group>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
    </RACNumberField>
  );
}

/** NaN (an empty number field) → null, for nullable API fields. */
export function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
