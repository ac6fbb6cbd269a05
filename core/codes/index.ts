/** Anonymous client codes: schemes, normalisation, temporary codes and the keyed hash. */
export {
  buildCzechIdKod,
  type CzechIdKodInput,
  czechIdKodNamePart,
  czechIdKodPattern,
} from './czech-id-kod';
export { daysInMonth, isValidDayMonth, parseBirthDate } from './dates';
export { CodeInputError, type CodeInputProblem } from './errors';
export { hashCode } from './hash';
export { normaliseCodePart, normaliseNameLetters } from './normalise';
export {
  anonymousCodeSchema,
  type CzechIdKodInputData,
  codeSchemeIdSchema,
  codeSchemeIds,
  czechIdKodInputSchema,
  type Slk581InputData,
  slk581InputSchema,
} from './schemas';
export {
  buildCode,
  type CodeField,
  type CodeFieldKind,
  type CodeScheme,
  type CodeSchemeId,
  codeSchemes,
} from './schemes';
export {
  buildSlk581,
  type Slk581Input,
  type Slk581Sex,
  slk581FirstNamePart,
  slk581Pattern,
  slk581Sexes,
  slk581SurnamePart,
} from './slk581';
export {
  isTemporaryCode,
  makeTemporaryCode,
  temporaryCodeNumber,
  temporaryCodePrefix,
} from './temporary';
