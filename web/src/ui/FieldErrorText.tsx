import { FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface FieldErrorTextProps {
  /** Minimum length of the field, for the "use at least N characters" message. */
  minLength?: number;
  /** The input type, to name the expected format (email). */
  type?: string;
  /** Hidden while the user is editing the field (see useEditing). */
  hidden?: boolean;
}

/**
 * Shows a field's error in the UI language. The browser's own validation texts
 * follow the browser's language, not the user's choice, so the common native
 * failures are replaced with our messages; server and custom messages pass through.
 */
export function FieldErrorText({ minLength, type, hidden }: FieldErrorTextProps) {
  const { t } = useTranslation();
  if (hidden) return null;
  return (
    <FieldError className="field-error">
      {({ validationDetails: v, validationErrors }) => {
        if (v.customError || validationErrors.length === 0) return validationErrors.join(' ');
        if (v.valueMissing) return t('validation.required');
        if (v.typeMismatch && type === 'email') return t('validation.format_email');
        if (v.tooShort && minLength) return t('validation.too_small_string', { count: minLength });
        if (v.patternMismatch) return t('validation.format_pattern');
        return validationErrors.join(' ');
      }}
    </FieldError>
  );
}
