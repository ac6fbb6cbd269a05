import type { ReactNode } from 'react';
import { Button, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from './FieldErrorText';

export interface StepperProps {
  /** The thing counted, as plain text (it also names the − and + buttons). */
  label: string;
  value: number;
  onChange: (value: number) => void;
  minValue?: number;
  maxValue?: number;
  description?: ReactNode;
  name?: string;
  className?: string;
}

function Sign({ plus }: { plus?: boolean }) {
  return (
    <svg aria-hidden="true" width="22" height="22" viewBox="0 0 22 22">
      <path d={plus ? 'M4 11h14M11 4v14' : 'M4 11h14'} stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A count with big − and + buttons, for one thumb on a phone: tapping a button
 * never opens the keyboard (react-aria focuses the button on touch), and the
 * number can still be typed or changed with the arrow keys.
 */
export function Stepper({
  label,
  value,
  onChange,
  minValue = 0,
  maxValue,
  description,
  name,
  className,
}: StepperProps) {
  const { t } = useTranslation();
  return (
    <NumberField
      className={['stepper', value > minValue ? 'stepper-set' : '', className ?? ''].filter(Boolean).join(' ')}
      value={value}
      onChange={(v) => onChange(Number.isNaN(v) ? minValue : v)}
      minValue={minValue}
      maxValue={maxValue}
      step={1}
      name={name}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
      incrementAriaLabel={t('stepper.more', { name: label })}
      decrementAriaLabel={t('stepper.less', { name: label })}
    >
      <div className="stepper-text">
        <Label className="stepper-label">{label}</Label>
        {description ? (
          <Text slot="description" className="field-description">
            {description}
          </Text>
        ) : null}
        <FieldErrorText />
      </div>
      <Group className="stepper-group">
        <Button slot="decrement" className="btn stepper-button">
          <Sign />
        </Button>
        <Input className="input stepper-input" inputMode="numeric" />
        <Button slot="increment" className="btn stepper-button">
          <Sign plus />
        </Button>
      </Group>
    </NumberField>
  );
}
