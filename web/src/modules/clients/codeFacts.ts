import { buildCode, type CodeField, CodeInputError, type CodeSchemeId, codeSchemes } from '#core/codes/index';

/** What the worker typed for each input of the scheme; numbers are NaN while empty. */
export type CodeFacts = Record<string, string | number>;

export type CodeResult =
  /** Nothing typed: the person gets no code (or a temporary one). */
  | { state: 'empty' }
  /** Some answers still missing. */
  | { state: 'incomplete'; problems: Record<string, string> }
  /** An answer cannot make a code (e.g. 31 April); problems name the field and why. */
  | { state: 'invalid'; problems: Record<string, string> }
  | { state: 'ok'; code: string };

/** The inputs of a scheme, in the order a worker asks for them. */
export function schemeFields(scheme: CodeSchemeId): readonly CodeField[] {
  return codeSchemes[scheme].fields;
}

function isBlank(value: string | number | undefined): boolean {
  return value === undefined || (typeof value === 'number' ? Number.isNaN(value) : value.trim() === '');
}

/** The scheme's input from the typed facts: blank optional names become null, blank others are left out. */
function schemeInput(fields: readonly CodeField[], facts: CodeFacts): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = facts[field.name];
    if (isBlank(value)) {
      if (!field.required) input[field.name] = null;
      continue;
    }
    input[field.name] = value;
  }
  return input;
}

/** Problem keys per field from a zod error of a scheme's input schema (its messages are the problem keys). */
function zodProblems(error: unknown): Record<string, string> | null {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return null;
  const problems: Record<string, string> = {};
  for (const issue of (error as { issues: { path: PropertyKey[]; message: string }[] }).issues) {
    const field = String(issue.path[0] ?? 'code');
    problems[field] ??= issue.message;
  }
  return problems;
}

/**
 * Builds the code live from what was typed, with core's scheme (the same rules
 * the phone's offline store and every other form use). The code is shown to the
 * worker and sent once; the facts are never sent or kept.
 */
export function codeFromFacts(scheme: CodeSchemeId, facts: CodeFacts): CodeResult {
  const fields = schemeFields(scheme);
  if (fields.every((f) => isBlank(facts[f.name]))) return { state: 'empty' };
  const missing = fields.filter((f) => f.required && isBlank(facts[f.name]));
  const input = schemeInput(fields, facts);
  try {
    const code = buildCode(scheme, input);
    return { state: 'ok', code };
  } catch (error) {
    const problems: Record<string, string> =
      error instanceof CodeInputError ? { [error.field]: error.problem } : (zodProblems(error) ?? {});
    // An empty required field is "incomplete", not "wrong": say which answers are still needed.
    for (const field of missing) delete problems[field.name];
    if (missing.length > 0) return { state: 'incomplete', problems };
    return { state: 'invalid', problems };
  }
}

/** Known problem keys of the code schemes (CodeInputProblem); anything else reads as "not valid". */
export const codeProblemKeys = [
  'no-letters',
  'invalid-day',
  'invalid-month',
  'invalid-date',
  'invalid-sex',
  'invalid-number',
  'empty-code',
] as const;
