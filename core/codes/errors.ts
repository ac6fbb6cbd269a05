/** Why a code input was refused; stable values a form can translate. */
export type CodeInputProblem =
  | 'no-letters'
  | 'invalid-day'
  | 'invalid-month'
  | 'invalid-date'
  | 'invalid-sex'
  | 'invalid-number'
  | 'empty-code';

/**
 * Thrown when the facts given for a code cannot build one. Carries the field
 * and a problem key, never the value: the value is personal data and error
 * messages end up in logs.
 */
export class CodeInputError extends Error {
  override readonly name = 'CodeInputError';

  constructor(
    readonly field: string,
    readonly problem: CodeInputProblem,
  ) {
    super(`Anonymous code input refused: ${field} (${problem})`);
  }
}
