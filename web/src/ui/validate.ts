import type { z } from 'zod';
import { asLocale } from '#core/i18n/locales';
import { translateIssues } from '#core/i18n/validation';

export type FieldMessages = Record<string, string>;

/**
 * Checks a request body against the operation's schema from core before sending
 * it: the same rule and the same translated message as the server would give,
 * without a round trip. The server still validates everything.
 */
export function checkBody(schema: z.ZodType, body: unknown, language: string): FieldMessages | null {
  const result = schema.safeParse(body);
  if (result.success) return null;
  return translateIssues(result.error.issues, asLocale(language) ?? 'en');
}
