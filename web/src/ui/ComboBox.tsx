import type { Key, ReactNode } from 'react';
import {
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  ComboBox as RACComboBox,
  Text,
} from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';
import type { Option } from './Select';

export interface ComboBoxProps {
  label: ReactNode;
  name?: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
  description?: ReactNode;
  isRequired?: boolean;
}

/** A text field with a filtered list to choose from, for long lists (time zones). */
export function ComboBox({ label, name, options, value, onChange, description, isRequired }: ComboBoxProps) {
  return (
    <RACComboBox
      className="field"
      name={name}
      isRequired={isRequired}
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      menuTrigger="focus"
    >
      <Label className="field-label">{label}</Label>
      <div className="number-group">
        <Input className="input" />
        <Button className="btn btn-quiet icon-button">
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText />
      <Popover className="popover">
        <ListBox className="listbox">
          {(option: Option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RACComboBox>
  );
}
