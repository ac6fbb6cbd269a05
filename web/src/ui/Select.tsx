import type { Key, ReactNode } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as RACSelect,
  type SelectProps as RACSelectProps,
  SelectValue,
  Text,
} from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';

export interface Option<K extends string = string> {
  id: K;
  label: string;
}

export interface SelectProps<K extends string>
  extends Omit<RACSelectProps<Option<K>>, 'className' | 'children' | 'value' | 'onChange' | 'items'> {
  label: ReactNode;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: ReactNode;
  /** Hide the visible label (it stays for screen readers), e.g. in a compact header. */
  hideLabel?: boolean;
  className?: string;
}

function Chevron() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="select-chevron">
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** A single-choice dropdown (listbox) with our look. */
export function Select<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  hideLabel,
  className,
  ...props
}: SelectProps<K>) {
  return (
    <RACSelect
      {...props}
      className={['field', className ?? ''].filter(Boolean).join(' ')}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Button className="input select-button">
        <SelectValue className="select-value" />
        <Chevron />
      </Button>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RACSelect>
  );
}
