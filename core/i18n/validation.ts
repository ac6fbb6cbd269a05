import type { Locale } from './locales';
import { translate } from './translate';

/** The parts of a zod issue the translator needs (zod v4 issue shape). */
export interface ValidationIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: readonly string[];
  input?: unknown;
  params?: { i18nKey?: string; [key: string]: unknown };
}

/** Field path → translated message, the `fields` of an API error. */
export type FieldMessages = Record<string, string>;

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  if (prefix) parts.unshift(prefix);
  return parts.join('.') || '_';
}

function sizeKey(kind: 'too_small' | 'too_big', origin: string | undefined): string {
  if (origin === 'string') return `validation.${kind}_string`;
  if (origin === 'array' || origin === 'set') return `validation.${kind}_array`;
  if (origin === 'date') return `validation.${kind}_date`;
  return `validation.${kind}_number`;
}

function messageFor(issue: ValidationIssue, locale: Locale): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? translate(locale, 'validation.required')
        : translate(locale, 'validation.invalid_type', { expected: issue.expected ?? '' });
    case 'too_small': {
      const count = Number(issue.minimum ?? 0);
      if (issue.origin === 'string' && count === 1) return translate(locale, 'validation.required');
      return translate(locale, sizeKey('too_small', issue.origin), { count, minimum: count });
    }
    case 'too_big': {
      const count = Number(issue.maximum ?? 0);
      return translate(locale, sizeKey('too_big', issue.origin), { count, maximum: count });
    }
    case 'invalid_format': {
      const known = ['email', 'uuid', 'date', 'datetime', 'time', 'url'];
      const format = issue.format && known.includes(issue.format) ? issue.format : 'pattern';
      return translate(locale, `validation.format_${format}`);
    }
    case 'invalid_value':
      return translate(locale, 'validation.invalid_option');
    case 'custom':
      return translate(locale, issue.params?.i18nKey ?? 'validation.invalid');
    default:
      return translate(locale, 'validation.invalid');
  }
}

/**
 * Turns zod issues into per-field messages in the user's language.
 * `prefix` names the request part (`query`, `params`) so fields never collide
 * with body fields of the same name.
 */
export function translateIssues(issues: readonly ValidationIssue[], locale: Locale, prefix = ''): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        fields[joinPath(prefix, [...issue.path, key])] = translate(locale, 'validation.unknown_field');
      }
      continue;
    }
    const path = joinPath(prefix, issue.path);
    fields[path] ??= messageFor(issue, locale);
  }
  return fields;
}
