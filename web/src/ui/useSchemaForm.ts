import { useMemo, useState } from 'react';
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
  // A new object only when there are new messages (a check, a server answer):
  // react-aria shows a field's message again whenever this object changes, so
  // a fresh one on every render would bring back an error the user has fixed.
  const validationErrors = useMemo(
    () => ({ ...fieldErrors(serverError), ...clientErrors }),
    [serverError, clientErrors],
  );
  return {
    /** True when the body passes; otherwise shows the messages and returns false. */
    check(body: unknown): boolean {
      const errors = checkBody(schema, body, i18n.language);
      // No new object when there was nothing to show and still is not: no render for a clean save.
      setClientErrors((shown) => (errors === null && Object.keys(shown).length === 0 ? shown : (errors ?? {})));
      return errors === null;
    },
    validationErrors,
    reset: () => setClientErrors({}),
  };
}
