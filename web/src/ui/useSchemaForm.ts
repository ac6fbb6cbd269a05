import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldErrors } from './FormError';
import { checkBody } from './validate';

/**
 * Form state for a form: client-side checks with the core schema, then
 * the API's field errors; both feed RAC Form's `validationErrors` so each
 * message appears next to its field.
 */
export function useSchemaForm(schema: z.ZodType, serverError: unknown) {
  const { i18n } = useTranslation();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  return {
    /** True when the body passes; otherwise shows the messages and returns false. */
    check(body: unknown): boolean {
      const errors = checkBody(schema, body, i18n.language);
      setClientErrors(errors ?? {});
      return errors === null;
    },
    validationErrors: { ...fieldErrors(serverError), ...clientErrors },
    reset: () => setClientErrors({}),
  };
}
