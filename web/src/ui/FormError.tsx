import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';

export interface FormErrorProps {
  error: unknown;
  /** Field paths shown next to their inputs; other field messages are listed here. */
  fieldNames?: readonly string[];
}

/**
 * The form-level error: what went wrong in the user's language (from the error
 * code, so it follows a language switch), plus field messages that have no input
 * on this form.
 */
export function FormError({ error, fieldNames = [] }: FormErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div role="alert" className="alert alert-error">
        {t('errors.internal')}
      </div>
    );
  }
  const message =
    error.code === 'network' ? t('app.networkError') : t(`errors.${error.code}`, { defaultValue: error.message });
  const others = Object.entries(error.fields).filter(([path]) => !fieldNames.includes(path));
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {others.length > 0 ? (
        <ul>
          {others.map(([path, text]) => (
            <li key={path}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The API's field messages for a RAC Form's `validationErrors`. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}
