import type { ReactNode } from 'react';
import {
  Input,
  Label,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
  Text,
  TextArea,
} from 'react-aria-components';
import { FieldErrorText } from './FieldErrorText';
import { useEditing } from './useEditing';

export interface TextFieldProps extends Omit<RACTextFieldProps, 'className' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
}

/** A labelled text input with its hint and error; the error is tied to it for screen readers. */
export function TextField({ label, description, placeholder, multiline, className, ...props }: TextFieldProps) {
  const editing = useEditing(props.onChange);
  return (
    <RACTextField
      {...props}
      onChange={editing.onChange}
      onBlur={(e) => {
        editing.onBlur();
        props.onBlur?.(e);
      }}
      className={['field', className ?? ''].filter(Boolean).join(' ')}
    >
      <Label className="field-label">{label}</Label>
      {multiline ? (
        <TextArea className="input textarea" placeholder={placeholder} onInvalid={editing.onInvalid} />
      ) : (
        <Input className="input" placeholder={placeholder} onInvalid={editing.onInvalid} />
      )}
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldErrorText minLength={props.minLength} type={props.type} hidden={editing.editing} />
    </RACTextField>
  );
}
